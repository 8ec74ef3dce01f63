<#import "../layout.ftl" as layout>
<#-- The development parameters: the page's text, the traits, then the dimensions they add up to. -->
<@layout.frame>
<article>
  <h1>${page.title}</h1>
  <#if page.bodyHtml??>${page.bodyHtml?no_esc}</#if>
  <#list ["trait", "dimension"] as kind>
  <#assign explained = components?filter(c -> c.type == "trait" && c.kind == kind)>
  <#if explained?has_content>
  <section class="traits traits-${kind}" aria-labelledby="${kind}-group">
    <h2 id="${kind}-group">${texts['traits.' + kind]?replace("{0}", explained?size?c)}</h2>
    <#list explained as component><#include "../components/trait.ftl"></#list>
  </section>
  </#if>
  </#list>
  <@layout.components components?filter(c -> c.type != "trait")/>
</article>
</@layout.frame>
