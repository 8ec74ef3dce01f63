<#-- Component: one development parameter explained (shown under a heading for its kind). -->
<section class="trait" id="${component.nodeName}" aria-labelledby="${component.nodeName}-name">
  <h3 id="${component.nodeName}-name">${component.name}</h3>
  ${component.explanationHtml?no_esc}
</section>
