<#import "../layout.ftl" as layout>
<#-- A page of text: the title and the editors' Markdown body. -->
<@layout.frame>
<article>
  <h1>${page.title}</h1>
  <#if page.bodyHtml??>${page.bodyHtml?no_esc}</#if>
  <@layout.components/>
</article>
</@layout.frame>
