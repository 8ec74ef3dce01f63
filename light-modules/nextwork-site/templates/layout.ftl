<#-- The shared page frame: head, skip link, header with navigation and language switch, breadcrumb, footer. -->
<#macro frame>
<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}<#if title != siteTitle> · NExTWORK</#if></title>
<#if description??><meta name="description" content="${description}"></#if>
<link rel="alternate" hreflang="${lang}" href="${url}">
<link rel="alternate" hreflang="${otherLang}" href="${alternateUrl}">
<link rel="stylesheet" href="${css}">
</head>
<body>
<a class="skip-link" href="#main">${texts.skipLink}</a>
<header class="site-header">
  <div class="wrap header-row">
    <a class="brand" href="${homeUrl}">NExTWORK</a>
    <a class="search-link" href="${searchUrl}">${texts['search.title']}</a>
    <a class="language" href="${alternateUrl}" hreflang="${otherLang}" lang="${otherLang}" aria-label="${texts['language.switchLabel']}">${texts['language.switch']}</a>
  </div>
  <nav class="wrap main-nav" aria-label="${texts.mainNavigation}">
    <ul>
    <#list navigation as entry>
      <li><a href="${entry.url}"<#if entry.current> aria-current="page"</#if>>${entry.title}</a></li>
    </#list>
    </ul>
  </nav>
</header>
<#if breadcrumb?size gt 1>
<nav class="wrap breadcrumb" aria-label="${texts.breadcrumb}">
  <ol>
  <#list breadcrumb as crumb>
    <li><#if crumb?has_next><a href="${crumb.url}">${crumb.title}</a><#else><span aria-current="page">${crumb.title}</span></#if></li>
  </#list>
  </ol>
</nav>
</#if>
<main id="main" class="wrap" tabindex="-1">
<#nested>
</main>
<footer class="site-footer">
  <div class="wrap">
    <p>${texts['footer.about']}</p>
    <ul>
      <li><a href="${contactUrl}">${texts['footer.contact']}</a></li>
      <li><a href="${accessibilityUrl}">${texts['footer.accessibility']}</a></li>
    </ul>
  </div>
</footer>
</body>
</html>
</#macro>

<#-- The page's components (text, image, call to action, …), each by the template of its type. -->
<#macro components list=.data_model.components>
<#list list as component>
<#include "components/" + component.type + ".ftl">
</#list>
</#macro>
