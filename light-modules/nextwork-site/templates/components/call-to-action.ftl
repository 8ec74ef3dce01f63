<#-- Component: an invitation to act, with a button to another page of the site. -->
<aside class="cta" id="${component.nodeName}" aria-labelledby="${component.nodeName}-heading">
  <h2 id="${component.nodeName}-heading">${component.heading}</h2>
  <#if component.text??><p>${component.text}</p></#if>
  <a class="button" href="${component.href}">${component.label}</a>
</aside>
