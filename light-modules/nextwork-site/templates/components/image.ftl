<#-- Component: an image with its text alternative and an optional caption; a DAM asset comes in the size the screen needs. -->
<figure class="figure" id="${component.nodeName}">
  <img src="${component.src}" alt="${component.alt}"<#if component.srcset??> srcset="${component.srcset}" sizes="(max-width: 46rem) 100vw, 46rem" width="${component.width?c}" height="${component.height?c}"</#if> loading="lazy" decoding="async">
  <#if component.caption??><figcaption>${component.caption}</figcaption></#if>
</figure>
