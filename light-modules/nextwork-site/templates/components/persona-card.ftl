<#-- One persona in a list. -->
<#macro card profile>
<li class="card">
  <h2><a href="${profile.url}">${profile.title}, ${profile.age} ${texts['profile.age']}</a></h2>
  <#if profile.headline??><p>${profile.headline}</p></#if>
</li>
</#macro>
