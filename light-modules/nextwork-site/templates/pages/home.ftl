<#import "../layout.ftl" as layout>
<#-- The front page: the problem and the offer, then the way into the rest of the site. -->
<@layout.frame>
<article class="home">
  <h1>${page.title}</h1>
  <#if page.bodyHtml??>${page.bodyHtml?no_esc}</#if>
  <@layout.components/>
</article>
<section class="cards" aria-labelledby="more">
  <h2 id="more" class="visually-hidden">${texts.mainNavigation}</h2>
  <ul class="card-list">
  <#list navigation as entry>
    <li class="card"><a href="${entry.url}">${entry.title}</a></li>
  </#list>
  </ul>
</section>
</@layout.frame>
