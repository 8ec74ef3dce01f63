<#-- One partner company in a list. -->
<#macro card partner>
<li class="card">
  <h2><a href="${partner.url}">${partner.title}</a></h2>
  <p class="meta">${partner.industry!""}<#if partner.location??> · ${partner.location}</#if></p>
  <#if partner.summary??><p>${partner.summary}</p></#if>
</li>
</#macro>
