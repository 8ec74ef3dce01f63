<#import "../layout.ftl" as layout>
<#import "../components/persona-card.ftl" as personaCard>
<#-- Who NExTWORK is for: the page's text, then a card per persona. -->
<@layout.frame>
<h1>${page.title}</h1>
<#if page.bodyHtml??>${page.bodyHtml?no_esc}</#if>
<ul class="card-list">
<#list items as profile><@personaCard.card profile=profile/></#list>
</ul>
<@layout.components/>
</@layout.frame>
