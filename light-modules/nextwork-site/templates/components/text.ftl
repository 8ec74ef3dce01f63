<#-- Component: a section of text, with its heading when it has one. -->
<#if component.heading??>
<section class="text-block" id="${component.nodeName}" aria-labelledby="${component.nodeName}-heading">
  <h2 id="${component.nodeName}-heading">${component.heading}</h2>
  ${component.bodyHtml?no_esc}
</section>
<#else>
<div class="text-block" id="${component.nodeName}">${component.bodyHtml?no_esc}</div>
</#if>
