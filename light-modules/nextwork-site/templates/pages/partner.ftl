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
  <#-- The company's open placement offers (published offers linking to this partner), when the
       offer type exists; with none open now, one friendly line. -->
  <#if linkedFrom?? && linkedFrom.offer??>
  <section aria-labelledby="offers" class="offers">
    <h2 id="offers">${texts['offers.title']}</h2>
    <#if linkedFrom.offer?has_content>
    <ul class="offer-list">
      <#list linkedFrom.offer as offer>
      <li class="card offer">
        <h3>${offer.title}</h3>
        <dl class="facts">
          <dt>${texts['offers.industry']}</dt><dd>${offer.industry}</dd>
          <dt>${texts['offers.area']}</dt><dd>${offer.area}</dd>
          <dt>${texts['offers.hours']}</dt><dd>${offer.hoursPerWeek}</dd>
          <dt>${texts['offers.start']}</dt><dd>${offer.startText}</dd>
          <dt>${texts['offers.length']}</dt><dd>${texts['offers.weeks']?replace("{0}", offer.weeks?string)}</dd>
          <dt>${texts['offers.seats']}</dt><dd>${texts[(offer.seats == 1)?then('offers.seat.one', 'offers.seat.other')]?replace("{0}", offer.seats?string)}</dd>
        </dl>
        <p class="offer-text">${offer.work}</p>
        <#if offer.firstDay?? && offer.firstDay?has_content>
        <h4>${texts['offers.firstDay']}</h4>
        <p class="offer-text">${offer.firstDay}</p>
        </#if>
      </li>
      </#list>
    </ul>
    <#else>
    <p>${texts['offers.none']}</p>
    </#if>
  </section>
  </#if>
</article>
</@layout.frame>
