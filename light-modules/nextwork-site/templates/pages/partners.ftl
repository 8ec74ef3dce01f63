<#import "../layout.ftl" as layout>
<#import "../components/partner-card.ftl" as partnerCard>
<#-- The partner companies: the page's text, then a card per published partner. -->
<@layout.frame>
<h1>${page.title}</h1>
<#if page.bodyHtml??>${page.bodyHtml?no_esc}</#if>
<ul class="card-list">
<#list items as partner><@partnerCard.card partner=partner/></#list>
</ul>
<@layout.components/>
</@layout.frame>
