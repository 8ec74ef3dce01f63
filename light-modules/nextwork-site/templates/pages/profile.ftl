<#import "../layout.ftl" as layout>
<#-- One persona's page. -->
<@layout.frame>
<article>
  <h1>${item.title}, ${item.age} ${texts['profile.age']}</h1>
  <#if item.headline??><p class="lead">${item.headline}</p></#if>
  <#if item.storyHtml??>${item.storyHtml?no_esc}</#if>
</article>
</@layout.frame>
