<#-- Component: an image with its text alternative and an optional caption. -->
<figure class="figure" id="${component.nodeName}">
  <img src="${component.src}" alt="${component.alt}" loading="lazy" decoding="async">
  <#if component.caption??><figcaption>${component.caption}</figcaption></#if>
</figure>
