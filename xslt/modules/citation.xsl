<?xml version="1.0" encoding="UTF-8"?>
<!--
  citation.xsl: "Cite this": the recommended citation of the edition and of each paragraph, with its permalink
  (document permalink + "#" + the TEI xml:id, see f:permalink). The citations, and the print edition's PDF subject,
  are tei_edition.cite's, which render.py passes as parameters (cite-document, cite-passage, pdf-subject); f:citation
  composes a plainer one only where none was passed, for a stylesheet run on its own.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-tei-edition:functions"
    xmlns:fp="urn:x-tei-edition:private"
    xmlns:m="urn:x-tei-edition:modes"
    xmlns:t="urn:x-tei-edition:templates"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <!-- The citation without its URL, for a stylesheet run without render.py's citations: "Viktor Mizin, interviewed by
       Umberto Pascali, “Title”, Journal, 2000, ¶ 5. Publisher." $target is the cited element (a p or sp) or empty for
       the whole document. -->
  <xsl:function name="f:citation" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:param name="target" as="element()?"/>
    <xsl:variable name="parts" select="if (root($node) is $fp:document) then $fp:citation-parts else fp:citation-parts($node)"/>
    <xsl:variable name="locator" select="
        if ($target/self::tei:p/@n) then '¶ ' || $target/@n
        else if ($target/self::tei:sp) then 'turn ' || (count($target/preceding::tei:sp) + 1)
        else ()"/>
    <xsl:sequence select="string-join(($parts?1, $locator), ', ') || '.' || $parts?2"/>
  </xsl:function>

  <!-- The title and the names as the citations and the metadata give them: printed in capitals, re-cased
       (capitals.xsl), as tei_edition.cite gives them. -->
  <xsl:function name="f:cited-title" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="if (root($node) is $fp:document) then $fp:cited-title else fp:cited-title($node)"/>
  </xsl:function>

  <!-- The document's, computed once (a title in capitals reads the text for its acronyms). -->
  <xsl:variable name="fp:cited-title" as="xs:string" select="fp:cited-title(/)"/>

  <xsl:function name="fp:cited-title" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="f:recased-title(f:main-title($node), root($node)/tei:TEI/@xml:lang, $node)"/>
  </xsl:function>

  <xsl:function name="f:cited-names" as="xs:string*">
    <xsl:param name="node" as="node()"/>
    <xsl:param name="role" as="xs:string"/>
    <xsl:sequence select="if (root($node) is $fp:document and $role = ('interviewee', 'interviewer')) then $fp:cited-names($role)
                          else fp:cited-names($node, $role)"/>
  </xsl:function>

  <!-- The document's interviewees and interviewers, found once: the head, the JSON-LD, the byline and the citations
       each ask (re-casing a name runs a regular expression, ≈ 2 µs in SaxonC). -->
  <xsl:variable name="fp:cited-names" as="map(xs:string, xs:string*)"
      select="map{'interviewee': fp:cited-names(/, 'interviewee'), 'interviewer': fp:cited-names(/, 'interviewer')}"/>

  <xsl:function name="fp:cited-names" as="xs:string*">
    <xsl:param name="node" as="node()"/>
    <xsl:param name="role" as="xs:string"/>
    <xsl:sequence select="f:names-in-role($node, $role) ! f:recased-name(.)"/>
  </xsl:function>

  <!-- The named participants neither interviewed nor interviewing (a focus group's members, a hearing's witnesses, a
       podcast's speakers, a translator), as the citations give names: Dublin Core's contributors beside the
       interviewers (dc.xsl), and so the page's DC.contributor and JSON-LD contributor and the PDF's authors. -->
  <xsl:function name="f:other-participant-names" as="xs:string*">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="f:participants($node)[not(tokenize(@role) = ('interviewee', 'interviewer'))][f:is-named(.)]
                          ! f:recased-name(f:person-name(.))"/>
  </xsl:function>

  <!-- What the citations of a document share, computed once per document (it was once per paragraph):
       [people, title, journal and date joined by ", "; " Publisher." or ""]. -->
  <xsl:variable name="fp:citation-parts" as="array(xs:string)" select="fp:citation-parts(/)"/>

  <xsl:function name="fp:citation-parts" as="array(xs:string)">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="interviewees" select="f:cited-names($node, 'interviewee')"/>
    <xsl:variable name="interviewers" select="f:cited-names($node, 'interviewer')"/>
    <xsl:variable name="bibl" select="f:source-bibl($node)"/>
    <xsl:variable name="journal" select="f:plain($bibl/tei:title[@level = 'j'][1])"/>
    <xsl:variable name="publisher" select="f:plain(root($node)/tei:TEI/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:publisher[1])"/>
    <xsl:variable name="people" select="
        if (exists($interviewees)) then
          f:join-names($interviewees) || (if (exists($interviewers)) then ', interviewed by ' || f:join-names($interviewers) else '')
        else if (exists($interviewers)) then
          (if (f:conducted-by($node) eq 'Interview by') then 'Interviewed by ' else 'Moderated by ') || f:join-names($interviewers)
        else ''"/>
    <xsl:sequence select="[string-join(($people[.], '“' || f:cited-title($node) || '”', $journal[.], f:source-date($node)[.]), ', '),
                           if ($publisher) then ' ' || $publisher || '.' else '']"/>
  </xsl:function>

  <!-- The citation of the document (target empty) or of one paragraph, permalink included: the one
       tei_edition.cite gives when render.py passed it (cite-document, cite-passage; with base-uri's permalinks when
       that is given), else composed here. -->
  <xsl:function name="f:full-citation" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:param name="target" as="element()?"/>
    <xsl:sequence select="
        if (empty($target) and $cite-document) then $cite-document
        else if ($target/self::tei:p[@xml:id][@n] and $cite-passage and root($node) is $fp:document) then
          string-join($fp:cite-passage-parts ! (if (. eq '{id}') then string($target/@xml:id) else if (. eq '{n}') then string($target/@n) else .))
        (: a song (lg): what `tei-edition cite` says of it, the document's citation with the song's permalink :)
        else if ($target/self::tei:lg[@xml:id] and $cite-document and root($node) is $fp:document) then
          (if (ends-with($cite-document, ' ' || $fp:permalink || '.'))
           then substring($cite-document, 1, string-length($cite-document) - string-length($fp:permalink) - 1)
                || f:fragment-permalink($target) || '.'
           else $cite-document)
        else fp:composed-citation($node, $target)"/>
  </xsl:function>

  <!-- cite-passage split once per page at its placeholders: ("Mizin, … ¶ ", "{n}", ". https://…#", "{id}", "."). A
       paragraph's citation joins the parts with its own id and number: filling the placeholders in per paragraph
       (two recursive string functions each) cost ≈ 2 % of the page. String functions only (see fp:only). -->
  <xsl:variable name="fp:cite-passage-parts" as="xs:string*" select="fp:placeholders($cite-passage)"/>

  <xsl:function name="fp:placeholders" as="xs:string*">
    <xsl:param name="template" as="xs:string"/>
    <xsl:variable name="at" select="for $p in ('{id}', '{n}') return $p[contains($template, $p)]"/>
    <xsl:variable name="first" select="if (count($at) gt 1 and string-length(substring-before($template, $at[2])) lt string-length(substring-before($template, $at[1]))) then $at[2] else $at[1]"/>
    <xsl:sequence select="if (empty($first)) then $template[.]
                          else (substring-before($template, $first)[.], $first, fp:placeholders(substring-after($template, $first)))"/>
  </xsl:function>

  <!-- A citation composed here, where render.py passed none (the stylesheet run on its own). -->
  <xsl:function name="fp:composed-citation" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:param name="target" as="element()?"/>
    <xsl:sequence select="f:citation($node, $target) || ' ' || (if ($target) then f:fragment-permalink($target) else f:permalink($node))"/>
  </xsl:function>

  <!-- A citation's text, where the page is set right to left or the title is: the title isolated in its own direction
       (<bdi>), so that the citation, English apparatus, reads left to right whatever the scripts of the names and the
       title ("רחל. “14-hebrew.” Interview." was shown as "14“ .רחל-hebrew.” Interview."). Elsewhere the text as it
       is. -->
  <xsl:variable name="fp:isolate-title" as="xs:boolean" select="$fp:document-direction eq 'rtl' or $fp:title-direction eq 'rtl'"/>
  <!-- The title as the citation quotes it: [opening marks, the title's text]. A title that is one quotation
       («مقابلة», "שיחה") is quoted “‘مقابلة.’” (tei_edition.cite._quoted_title): its text without its own marks. -->
  <xsl:variable name="fp:title-quoted" as="xs:string+" select="'“', f:cited-title(/)"/>
  <xsl:variable name="fp:title-quoted-as-quotation" as="xs:string+"
      select="'“‘', replace(f:cited-title(/), '^[«»‹‘''„“&quot;]\s*(.*?)\s*[»«›’''“”&quot;]$', '$1', 's')"/>

  <xsl:template name="t:citation-text">
    <xsl:param name="text" as="xs:string"/>
    <!-- the edition's citation (once a page): its URL may break after a slash (t:url-text); a paragraph's, in its
         disclosure's small type, is left as it was (two a paragraph, on the hot path) -->
    <xsl:param name="urls" as="xs:boolean" select="false()"/>
    <xsl:variable name="quoted" select="$fp:title-quoted, $fp:title-quoted-as-quotation"/>
    <xsl:variable name="found" select="if ($fp:isolate-title)
                                       then (for $i in (1, 3) return $i[contains($text, $quoted[$i] || $quoted[$i + 1])])[1]
                                       else ()"/>
    <xsl:choose>
      <xsl:when test="exists($found)">
        <xsl:variable name="anchor" select="$quoted[$found] || $quoted[$found + 1]"/>
        <xsl:text>{substring-before($text, $anchor)}{$quoted[$found]}</xsl:text>
        <bdi dir="{$fp:title-direction}">{$quoted[$found + 1]}</bdi>
        <xsl:choose>
          <xsl:when test="$urls">
            <xsl:call-template name="t:text-with-urls"><xsl:with-param name="text" select="substring-after($text, $anchor)"/></xsl:call-template>
          </xsl:when>
          <xsl:otherwise>{substring-after($text, $anchor)}</xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:when test="$urls">
        <xsl:call-template name="t:text-with-urls"><xsl:with-param name="text" select="$text"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>{$text}</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A text with its web addresses breakable as a URL is broken (Chicago 14.18): after a slash or before a "#", not
       inside a word or at a hyphen of the address. A browser finds no break in "https://editions.example.org/
       interviews/eir-2000-mizin" but the hyphens: on a phone the citation broke "…/interv|iews/…" (overflow-wrap)
       and the permalink "…/eir-|2000-mizin" (break-all). <wbr> adds no character: what is copied is unchanged. -->
  <xsl:template name="t:text-with-urls">
    <xsl:param name="text" as="xs:string"/>
    <!-- the addresses as links (in the running text; a citation's are text to copy) -->
    <xsl:param name="links" as="xs:boolean" select="false()"/>
    <!-- an address ends before the punctuation and the closing quote or bracket after it ("see “https://x.org/a”.") -->
    <xsl:analyze-string select="$text" regex="https?://\S*[^\s.,;:!?)\]&quot;&apos;”’»›]">
      <xsl:matching-substring>
        <xsl:choose>
          <xsl:when test="$links">
            <!-- an address reads left to right in a text written right to left, isolated from the words around it -->
            <a class="url-text" href="{.}">
              <xsl:if test="$fp:document-direction eq 'rtl'"><xsl:attribute name="dir" select="'ltr'"/></xsl:if>
              <xsl:call-template name="t:url-text"><xsl:with-param name="url" select="."/></xsl:call-template>
            </a>
          </xsl:when>
          <xsl:otherwise>
            <span class="url-text"><xsl:call-template name="t:url-text"><xsl:with-param name="url" select="."/></xsl:call-template></span>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:matching-substring>
      <xsl:non-matching-substring>{.}</xsl:non-matching-substring>
    </xsl:analyze-string>
  </xsl:template>

  <!-- The address in parts, each up to its slashes or from its "#" ("https://editions.example.org/", "interviews/",
       "focus-meridian", "#focus-meridian-p1"), a line break allowed between them (<wbr>). A part with a hyphen is one
       box (.url-part: an inline-block, as wide as the line at most): a browser breaks at the last place that fits, and
       the hyphen of "focus-meridian" came after the slash ("…/interviews/focus-|meridian", on a phone and in the PDF's
       colophon), as if the word were hyphenated. -->
  <xsl:template name="t:url-text">
    <xsl:param name="url" as="xs:string"/>
    <xsl:analyze-string select="$url" regex="[A-Za-z][A-Za-z0-9+.\-]*://[^/#]*/*|#?[^/#]+/*|#?/+|#">
      <xsl:matching-substring>
        <xsl:if test="position() gt 1"><wbr/></xsl:if>
        <xsl:choose>
          <xsl:when test="contains(., '-')"><span class="url-part">{.}</span></xsl:when>
          <xsl:otherwise>{.}</xsl:otherwise>
        </xsl:choose>
      </xsl:matching-substring>
      <xsl:non-matching-substring>{.}</xsl:non-matching-substring>
    </xsl:analyze-string>
  </xsl:template>

  <xsl:template name="t:cite-edition">
    <section class="cite" id="ed-cite" aria-labelledby="ed-cite-title">
      <xsl:call-template name="t:apparatus-language"/>
      <h2 id="ed-cite-title">Cite this</h2>
      <p class="cite-hint">Recommended citation{if (f:interviewed(/)) then ' of the interview' else ''}:</p>
      <p class="citation" id="ed-citation">
        <xsl:call-template name="t:citation-text">
          <xsl:with-param name="text" select="f:full-citation(/, ())"/>
          <xsl:with-param name="urls" select="true()"/>
        </xsl:call-template>
      </p>
      <xsl:if test="$cite-bibtex and $cite-ris">
        <!-- the reference for a reference manager, as `tei-edition cite` gives it in the styles bibtex and ris -->
        <p class="cite-export">Download the reference:
          <a download="{f:doc-id(/)}.bib" type="application/x-bibtex"
             href="data:application/x-bibtex;charset=utf-8,{encode-for-uri($cite-bibtex)}">BibTeX</a> ·
          <a download="{f:doc-id(/)}.ris" type="application/x-research-info-systems"
             href="data:application/x-research-info-systems;charset=utf-8,{encode-for-uri($cite-ris)}">RIS</a></p>
      </xsl:if>
      <p class="cite-hint">Each paragraph has its own permalink: follow or copy the paragraph number in the margin,
        or open “cite” next to it.</p>
    </section>
  </xsl:template>

  <!-- The per-paragraph (or per-song) disclosure: the citation and the permalink of the current element, as the text
       of a <details> (two elements per paragraph; without JavaScript it opens and the text can be selected). -->
  <xsl:template name="t:cite-fragment">
    <details class="cite-fragment">
      <xsl:if test="$fp:text-not-english"><xsl:attribute name="lang" select="'en'"/></xsl:if>
      <summary aria-label="Cite {if (self::tei:lg) then lower-case(fp:lg-name(.)) else 'paragraph ' || (@n, '')[1]}">cite</summary>
      <xsl:choose>
        <xsl:when test="$fp:isolate-title">
          <xsl:call-template name="t:citation-text">
            <xsl:with-param name="text" select="f:full-citation(., .)"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise>{f:full-citation(., .)}</xsl:otherwise>
      </xsl:choose>
    </details>
  </xsl:template>

</xsl:stylesheet>
