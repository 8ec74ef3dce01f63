<#import "../layout.ftl" as layout>
<#-- One partner company's page. -->
<@layout.frame>
<article>
  <h1>${item.title}</h1>
  <#if item.summary??><p class="lead">${item.summary}</p></#if>
  <dl class="facts">
    <#if item.industry??><dt>${texts['partner.industry']}</dt><dd>${item.industry}</dd></#if>
    <#if item.employees??><dt>${texts['partner.employees']}</dt><dd>${item.employees}</dd></#if>
    <#if item.placementCapacity??><dt>${texts['partner.capacity']}</dt><dd>${item.placementCapacity}</dd></#if>
    <#if item.location??><dt>${texts['partner.location']}</dt><dd>${item.location}</dd></#if>
    <#if item.contactPerson??><dt>${texts['partner.contact']}</dt><dd>${item.contactPerson}<#if item.contactEmail??>, <a href="mailto:${item.contactEmail}">${item.contactEmail}</a></#if></dd></#if>
  </dl>
  <#if item.placementHtml??>
  <section aria-labelledby="placement">
    <h2 id="placement">${texts['partner.placement']}</h2>
    ${item.placementHtml?no_esc}
  </section>
  </#if>
</article>
</@layout.frame>
