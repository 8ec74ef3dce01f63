<#import "../layout.ftl" as layout>
<#-- The friendly 404 page, in the language of the address asked for. -->
<@layout.frame>
<h1>${texts['notFound.title']}</h1>
<p>${texts['notFound.text']}</p>
<p><a href="${homeUrl}">${texts['notFound.home']}</a></p>
</@layout.frame>
