<#import "../layout.ftl" as layout>
<#-- Search results over pages, partners and personas. -->
<@layout.frame>
<h1>${title}</h1>
<form class="search" action="${searchUrl}" method="get" role="search">
  <label for="search-query">${texts['search.label']}</label>
  <input id="search-query" type="search" name="q" value="${query}" maxlength="200">
  <button type="submit">${texts['search.button']}</button>
</form>
<#if searched>
  <p role="status">${texts['search.count']?replace("{0}", hits?size?c)}</p>
  <ol class="results">
  <#list hits as hit>
    <li><a href="${hit.url}">${hit.title}</a><#if hit.snippet?has_content><p>${hit.snippet}</p></#if></li>
  </#list>
  </ol>
</#if>
</@layout.frame>
