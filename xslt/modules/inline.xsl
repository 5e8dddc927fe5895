<?xml version="1.0" encoding="UTF-8"?>
<!--
  inline.xsl: phrase-level TEI (docs/encoding.md, "Inline encoding"): hi, q (quotation marks restored from
  @rend), ellipsis, interpolations, milestones, dates, titles, notes, incidents, line groups.
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

  <xsl:template match="tei:hi" mode="m:html">
    <xsl:variable name="rend" select="tokenize(@rend)"/>
    <xsl:choose>
      <xsl:when test="$rend = 'italic'"><i><xsl:call-template name="t:inline-contents"/></i></xsl:when>
      <xsl:when test="$rend = 'bold'"><b><xsl:call-template name="t:inline-contents"/></b></xsl:when>
      <xsl:when test="$rend = 'superscript'"><sup><xsl:call-template name="t:inline-contents"/></sup></xsl:when>
      <xsl:when test="$rend = 'subscript'"><sub><xsl:call-template name="t:inline-contents"/></sub></xsl:when>
      <xsl:otherwise><span class="hi {$rend ! ('hi-' || .)}"><xsl:call-template name="t:inline-contents"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The converter removed the marks and recorded their style in @rend; they are restored as text so that
       copying the passage keeps them. -->
  <xsl:template match="tei:q" mode="m:html">
    <xsl:variable name="marks" select="f:quote-marks(@rend)"/>
    <span class="q">{$marks[1]}<xsl:call-template name="t:inline-contents"/>{$marks[2]}</span>
  </xsl:template>

  <xsl:template match="tei:ellipsis" mode="m:html">
    <span class="ellipsis" title="Ellipsis printed in the source"><xsl:apply-templates mode="m:html"/></span>
  </xsl:template>

  <xsl:template match="tei:metamark" mode="m:html">
    <xsl:apply-templates mode="m:html"/>
  </xsl:template>

  <xsl:template match="tei:seg[@type = 'interpolation']" mode="m:html">
    <span class="interpolation" title="Interpolation by the source's editors"><xsl:apply-templates mode="m:html"/></span>
  </xsl:template>

  <xsl:template match="tei:seg" mode="m:html">
    <span class="seg"><xsl:apply-templates mode="m:html"/></span>
  </xsl:template>

  <xsl:template match="tei:supplied" mode="m:html">
    <span class="supplied" title="Supplied by this edition">[<xsl:apply-templates mode="m:html"/>]</span>
  </xsl:template>

  <!-- A block the source's layout split mid-sentence: invisible in reading, kept as an empty marker. -->
  <xsl:template match="tei:milestone" mode="m:html">
    <span class="milestone milestone-{(@type, @unit)[1]}" aria-hidden="true"></span>
  </xsl:template>

  <xsl:template match="tei:pb" mode="m:html">
    <span class="pb" role="note" aria-label="page {@n}">{(@n ! ('[p. ' || . || ']'), '|')[1]}</span>
  </xsl:template>

  <xsl:template match="tei:lb" mode="m:html">
    <br/>
  </xsl:template>

  <xsl:template match="tei:anchor" mode="m:html">
    <span class="anchor">
      <xsl:call-template name="t:id"/>
    </span>
  </xsl:template>

  <!-- A timecode of the recording (anchor[@synch] pointing at a when of the timeline in standOff, where the converter
       moved the transcript's printed time): shown again, "00:01:12", as <time datetime="PT1M12S">, so that a reader
       can find the passage in the recording. A pointer to no such when stays an empty anchor. -->
  <xsl:template match="tei:anchor[@synch]" mode="m:html">
    <xsl:variable name="seconds" select="f:timecode-seconds(.)"/>
    <xsl:choose>
      <xsl:when test="exists($seconds)">
        <span class="anchor timecode">
          <xsl:call-template name="t:id"/>
          <time datetime="{fp:duration($seconds)}">{f:timecode($seconds)}</time>
          <xsl:text> </xsl:text>
        </span>
      </xsl:when>
      <xsl:otherwise><xsl:next-match/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:date" mode="m:html">
    <xsl:choose>
      <xsl:when test="matches(@when, '^-?\d{4}(-\d\d(-\d\d)?)?$')">
        <time datetime="{@when}"><xsl:apply-templates mode="m:html"/></time>
      </xsl:when>
      <xsl:otherwise><span class="date"><xsl:apply-templates mode="m:html"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The interview's date (profileDesc/creation) as printed in a calendar or era of its own (令和3年4月10日, 民國110年3月5日,
       15 มีนาคม พ.ศ. 2543: the Gregorian year, which @when holds, is not in its text) is followed by the Gregorian date, in
       English as the apparatus around it, "令和3年4月10日 (10 April 2021)": the citations give that date, and a reader of
       the About section could not otherwise tell when the interview was (f:date-gloss; print.xsl: the same, its date
       plain text). -->
  <xsl:template match="tei:creation/tei:date[@when]" mode="m:html" priority="1">
    <xsl:next-match/>
    <xsl:value-of select="f:date-gloss(., @when)"/>
  </xsl:template>


  <xsl:template match="tei:title" mode="m:html">
    <cite class="title title-{(@level, 'm')[1]}"><xsl:apply-templates mode="m:html"/></cite>
  </xsl:template>

  <xsl:template match="tei:roleName" mode="m:html">
    <span class="roleName"><xsl:apply-templates mode="m:html"/></span>
  </xsl:template>

  <xsl:template match="tei:abbr" mode="m:html">
    <abbr><xsl:apply-templates mode="m:html"/></abbr>
  </xsl:template>

  <xsl:template match="tei:foreign" mode="m:html">
    <i class="foreign">
      <xsl:call-template name="t:lang"/>
      <xsl:apply-templates mode="m:html"/>
    </i>
  </xsl:template>

  <!-- One between the turns or paragraphs ([APPLAUSE] alone on its line, (BEGIN VIDEOTAPE)) is a line of its own, set
       apart from the turn before and the label after. -->
  <xsl:template match="(tei:div | tei:body | tei:sp)/(tei:incident | tei:vocal | tei:kinesic)" mode="m:html" priority="1">
    <p class="incident incident-line">[<xsl:apply-templates select="tei:desc/node()" mode="m:html"/>]</p>
  </xsl:template>

  <!-- So is a note of the record's between them ((BEGIN VIDEOTAPE), "Exhibit 3 marked for identification."): as a
       span it ran into the label of the turn after it. -->
  <xsl:template match="(tei:div | tei:body | tei:sp)/tei:note[@type = 'transcript']" mode="m:html" priority="1">
    <p class="note note-line" role="note"><xsl:call-template name="t:id"/><xsl:call-template name="t:retired-ids"/><xsl:call-template name="t:note-text"/></p>
  </xsl:template>

  <!-- A pause of conversation analysis, "(0.8)" or "(.)": shown as the transcript prints it (desc), not in the edition's
       brackets. -->
  <xsl:template match="tei:incident[@type = ('pause', 'micropause')]" mode="m:html" priority="2">
    <span class="pause"><xsl:apply-templates select="tei:desc/node()" mode="m:html"/></span>
  </xsl:template>

  <xsl:template match="tei:incident | tei:vocal | tei:kinesic" mode="m:html">
    <span class="incident">[<xsl:apply-templates select="tei:desc/node()" mode="m:html"/>]</span>
  </xsl:template>

  <!-- (a note with an id, one a ref in the text points at, keeps it: the link resolves) -->
  <xsl:template match="tei:note" mode="m:html">
    <span class="note" role="note"><xsl:call-template name="t:id"/><xsl:call-template name="t:retired-ids"/><xsl:call-template name="t:note-text"/></span>
  </xsl:template>

  <!-- A note's words in the edition's brackets, unless the source's are kept around them ("[Page 2]" read
       "[[Page 2]]"). -->
  <xsl:template name="t:note-text">
    <xsl:variable name="bracketed" as="xs:boolean" select="matches(., '^\s*\[.*\]\s*$', 's')"/>
    <xsl:if test="not($bracketed)">[</xsl:if>
    <xsl:apply-templates mode="m:html"/>
    <xsl:if test="not($bracketed)">]</xsl:if>
  </xsl:template>

  <!-- An endnote of the source's closing notes, after its printed number: the source's own words, no brackets of the
       edition's; the marks in the text link to it (tei:ref[@type = 'noteref']), and it links back to the first of
       them (t:note-backlink). -->
  <xsl:template match="tei:note[@type = 'endnote']" mode="m:html">
    <span class="endnote"><xsl:call-template name="t:id"/><xsl:call-template name="t:retired-ids"/><xsl:call-template name="t:inline-contents"/></span>
    <xsl:call-template name="t:note-backlink"/>
  </xsl:template>

  <!-- A note mark as printed ("[1]"), linking to its note, raised as a note mark is; with an id its note links back to
       (t:note-mark-id). A word joiner (U+2060) before it keeps it on the line of the word it marks: a line may
       otherwise break between "for." and "[2]". -->
  <xsl:template match="tei:ref[@type = 'noteref'][@target]" mode="m:html" priority="1">
    <xsl:text>&#x2060;</xsl:text>
    <!-- a mark printed in superscript digits ("¹") is raised already: not again (noteref-raised); nor an asterisk ("*",
         "**"), which stands at the height of a capital: raised and made smaller it floated, a speck, above the line -->
    <a class="noteref{if (translate(., $fp:superscript-digits || '*', '') eq '') then ' noteref-raised' else ''}"
       href="{@target}" aria-label="Note {fp:mark-label(.)}">
      <xsl:call-template name="t:note-mark-id"/>
      <xsl:choose>
        <!-- Markdown's "[^1]" as a rendered Markdown page shows it: the ^ is syntax, not the mark -->
        <xsl:when test="starts-with(., '[^') and empty(*)">[{substring(., 3)}</xsl:when>
        <xsl:otherwise><xsl:apply-templates mode="m:html"/></xsl:otherwise>
      </xsl:choose>
    </a>
  </xsl:template>

  <!-- A paragraph's contents (structure.xsl, print.xsl). A Markdown footnote's, "[^1]: Her father…", as a rendered
       Markdown page shows them: "[1] Her father…", the number its marks in the text show (above); the caret and the
       colon are Markdown's syntax. (Here, for the paragraph, not by a template on text nodes, which would be tried
       on every text node of every page.) -->
  <xsl:template name="t:paragraph-contents">
    <xsl:variable name="mark" as="element(tei:seg)?"
        select="if (parent::tei:div/@type = 'notes') then tei:seg[@type = 'notemark'][starts-with(., '[^')][empty(*)][1] else ()"/>
    <xsl:choose>
      <xsl:when test="empty($mark)"><xsl:call-template name="t:inline-contents"/></xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="node()">
          <xsl:choose>
            <xsl:when test=". is $mark">[{substring($mark, 3)}</xsl:when>
            <xsl:when test="preceding-sibling::node()[1] is $mark and self::text()">{replace(., '^:', '')}</xsl:when>
            <xsl:otherwise><xsl:apply-templates select="." mode="m:html"/></xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The contents of a paragraph, an endnote, a quotation or a highlighted phrase, where a transcript prints web
       addresses: each is a link, broken as an address (t:text-with-urls). A reader on a phone tapped one in vain, and
       it broke at its hyphens ("…/recipes-and-|show-notes"), which read as a hyphenated word. Not a rule for every
       text node (it cost the seed's page some 0.6 %, though it prints no address): $web-addresses, false for a text
       without one, spares the rest of the test. -->
  <xsl:template name="t:inline-contents">
    <xsl:choose>
      <xsl:when test="$web-addresses and text()[contains(., '://')]">
        <xsl:for-each select="node()">
          <xsl:choose>
            <xsl:when test="self::text()[contains(., '://')]">
              <xsl:call-template name="t:text-with-urls">
                <xsl:with-param name="text" select="."/>
                <xsl:with-param name="links" select="true()"/>
              </xsl:call-template>
            </xsl:when>
            <xsl:otherwise><xsl:apply-templates select="." mode="m:html"/></xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates mode="m:html"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Superscript ¹ ² ³ ⁰ ⁴ … ⁹, in the order of the digits they stand for ("1230456789"). -->
  <xsl:variable name="fp:superscript-digits" as="xs:string" select="'&#xB9;&#xB2;&#xB3;&#x2070;&#x2074;&#x2075;&#x2076;&#x2077;&#x2078;&#x2079;'"/>

  <!-- "1" for the mark "[1]" (and Markdown's "[^1]", the superscript "¹"). -->
  <xsl:function name="fp:mark-label" as="xs:string">
    <xsl:param name="ref" as="element(tei:ref)"/>
    <xsl:sequence select="normalize-space(translate($ref, $fp:superscript-digits || '[]()^', '1230456789'))"/>
  </xsl:function>

  <!-- The marks in the text by the id of the note they point at (looked up only where a page has notes: a key is built
       when it is first used). -->
  <xsl:key name="fp:note-marks" match="tei:ref[@type = 'noteref']" use="substring-after(normalize-space(@target), '#')"/>

  <!-- The HTML id of a note mark: its note's id + "-mark" ("eir-2000-mizin-note1-mark"), "-mark2", "-mark3" for later
       marks of the same note; made of TEI ids, so that it stays when marks of other notes come or go. Empty for a mark
       that points at no note of the page. -->
  <xsl:function name="fp:note-mark-id" as="xs:string?">
    <xsl:param name="ref" as="element(tei:ref)"/>
    <xsl:variable name="note" select="substring-after(normalize-space($ref/@target), '#')"/>
    <xsl:variable name="marks" select="key('fp:note-marks', $note, root($ref))"/>
    <xsl:sequence select="if ($note and id($note, root($ref))) then $note || '-mark' || (count($marks[. &lt;&lt; $ref]) + 1)[. gt 1] else ()"/>
  </xsl:function>

  <xsl:template name="t:note-mark-id">
    <xsl:variable name="id" select="fp:note-mark-id(.)"/>
    <xsl:if test="exists($id)">
      <xsl:attribute name="id" select="$id"/>
    </xsl:if>
  </xsl:template>

  <!-- After an endnote, a link back to (the first of) its marks in the text, "↑", as a reference list's "jump up". -->
  <xsl:template name="t:note-backlink">
    <xsl:variable name="mark" select="key('fp:note-marks', string(@xml:id))[1]"/>
    <xsl:if test="@xml:id and $mark">
      <xsl:text> </xsl:text>
      <a class="note-back" href="#{fp:note-mark-id($mark)}" aria-label="Back to note mark {fp:mark-label($mark)}">↑</a>
    </xsl:if>
  </xsl:template>

  <!-- A Markdown image the converter kept as printed ("![Jane Doe in 1970](doe.jpg)", or linked:
       "[![A poster](poster.png)](https://…)"; see docs/encoding.md): the edition has no image to show, so it says
       what the image was, in words, names its file, and links where the source linked it. -->
  <xsl:template match="tei:note[@type = 'figure'][not(*)][matches(normalize-space(), '^\[?!\[')]" mode="m:html">
    <xsl:analyze-string select="normalize-space()" regex="^(\[)?!\[([^\]]*)\]\(([^()\s]+)\)(\]\(([^()\s]+)\))?$">
      <xsl:matching-substring>
        <xsl:choose>
          <xsl:when test="regex-group(1) and regex-group(5)">
            <span class="note" role="note">[Image{regex-group(2)[.] ! (': ' || .)} ({regex-group(3)}), linked to <a href="{regex-group(5)}">{regex-group(5)}</a>]</span>
          </xsl:when>
          <xsl:when test="not(regex-group(1) or regex-group(4))">
            <span class="note" role="note">[Image{regex-group(2)[.] ! (': ' || .)} ({regex-group(3)})]</span>
          </xsl:when>
          <xsl:otherwise>
            <span class="note" role="note">[{.}]</span>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:matching-substring>
      <xsl:non-matching-substring>
        <span class="note" role="note">[{.}]</span>
      </xsl:non-matching-substring>
    </xsl:analyze-string>
  </xsl:template>

  <!-- A song or poem, one line to a line. One with an id (the converter gives a song one, "…-lg1") is citable as a
       paragraph is: a permalink in the margin ("♪" for a song, t:lg-permalink) and its own "cite" disclosure. -->
  <xsl:template match="tei:lg" mode="m:html">
    <div class="lg">
      <xsl:call-template name="t:id"/>
      <xsl:call-template name="t:retired-ids"/>
      <xsl:if test="@xml:id"><xsl:call-template name="t:lg-permalink"/></xsl:if>
      <xsl:apply-templates mode="m:html"/>
      <xsl:if test="@xml:id"><xsl:call-template name="t:cite-fragment"/></xsl:if>
    </div>
  </xsl:template>

  <xsl:template name="t:lg-permalink">
    <a class="pnum pnum-lg" href="#{@xml:id}" aria-label="{fp:lg-name(.)} (permalink)">{if (@type = 'song') then '♪' else '¶'}</a>
  </xsl:template>

  <!-- "Song", "Poem" or "Verse": what an lg is called in labels. -->
  <xsl:function name="fp:lg-name" as="xs:string">
    <xsl:param name="lg" as="element(tei:lg)"/>
    <xsl:sequence select="if ($lg/@type = ('song', 'poem')) then f:capitalised($lg/@type) else 'Verse'"/>
  </xsl:function>

  <xsl:template match="tei:l" mode="m:html">
    <span class="l"><xsl:apply-templates mode="m:html"/></span>
  </xsl:template>

  <xsl:template match="tei:stage" mode="m:html">
    <em class="stage"><xsl:apply-templates mode="m:html"/></em>
  </xsl:template>

  <!-- What the encoder left out: shown as an editorial mark, with the reason as its description. -->
  <xsl:template match="tei:gap" mode="m:html">
    <span class="gap" title="{string-join(('omitted', @reason, @extent), ': ')}">[…]</span>
  </xsl:template>

  <xsl:template match="tei:ref[@target]" mode="m:html">
    <a href="{@target}"><xsl:apply-templates mode="m:html"/></a>
  </xsl:template>

  <!-- A pointer (e.g. where a retired id now points): the target itself is the link text. -->
  <xsl:template match="tei:ptr[@target]" mode="m:html">
    <a href="{@target}">{@target}</a>
  </xsl:template>

  <xsl:template match="tei:name" mode="m:html">
    <span class="name-plain"><xsl:apply-templates mode="m:html"/></span>
  </xsl:template>

  <!-- A description of a printed ellipsis is the encoder's note, not text of the source. -->
  <xsl:template match="tei:ellipsis/tei:desc" mode="m:html"/>

  <!-- A timeline is data for the anchors that point at it; it has no text to show. -->
  <xsl:template match="tei:timeline | tei:when" mode="m:html"/>

  <xsl:template match="tei:titlePart/tei:persName | tei:titlePart/tei:orgName | tei:titlePart/tei:placeName
                       | tei:head//tei:persName | tei:head//tei:orgName | tei:head//tei:placeName"
                mode="m:html" priority="2">
    <!-- names in titles and headings are not linked (see f:is-mention) -->
    <xsl:apply-templates mode="m:html"/>
  </xsl:template>

</xsl:stylesheet>
