<?xml version="1.0" encoding="UTF-8"?>
<!--
  print.xsl: the PDF-ready print edition. It imports the HTML edition (html.xsl, with all its modules) and
  overrides only what paper needs; the page layout itself (page size, running heads, page numbers, the
  margin for paragraph numbers, widows and orphans) lives in paged-media CSS, css/print.css (the screen's
  edition.css is not used). tei_edition.pdf hands the result to WeasyPrint.

  Overridden (everything else is the HTML edition's):
    t:head           metadata WeasyPrint turns into the PDF's document information (title, author,
                     description → subject, keywords, generator); no scripts, no JSON-LD
    t:styles         print.css alone (+ the paper size, and the face of a script Noto Serif lacks); no hover cards
    t:body           no skip link, navigation, footer or scripts; a colophon at the end
    t:byline         adds the source and the interview dates to the title block, and the strings the
                     running heads take (t:running-strings, CSS string-set)
    t:cite-fragment  the per-paragraph "cite" disclosure: none on paper
    t:lg-permalink   a song's margin link: none on paper
    t:note-backlink, t:note-mark-id  an endnote's link back to its mark, and the mark's id: none on paper
    t:metadata       no "About this edition": the colophon says where its contents are
    m:index entries  one reference per paragraph, with its page number (CSS target-counter)
    t:cite-edition   the colophon: recommended citation, permalink, the embedded TEI
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

  <xsl:import href="html.xsl"/>

  <!-- Paper size: "a4" (the default, set in print.css) or "letter". -->
  <xsl:param name="paper" as="xs:string" select="'a4'"/>

  <!-- The paged-media stylesheet, read once when the stylesheet is compiled (like the HTML's default CSS). -->
  <xsl:variable name="fp:print-css" static="yes" as="xs:string" select="unparsed-text('css/print.css')"/>

  <!-- The PDF's subject (its description), as tei_edition.cite.description gives it: render.py passes it with the
       citations. Without them (the stylesheet run on its own) it is composed here (fp:subject). -->
  <xsl:param name="pdf-subject" as="xs:string" select="''"/>

  <!-- Print has no scripts, whatever the HTML parameters say. -->
  <xsl:param name="js-inline" as="xs:boolean" select="false()"/>

  <!-- ===== head: what WeasyPrint reads into the PDF's metadata ===== -->

  <xsl:template name="t:head">
    <xsl:variable name="tei" select="/tei:TEI"/>
    <xsl:variable name="bibl" select="f:source-bibl(/)"/>
    <xsl:variable name="subject" select="if ($cite-document or $pdf-subject) then $pdf-subject[.] else fp:subject(/)"/>
    <xsl:variable name="interview" select="f:interview(/)"/>
    <head>
      <meta charset="utf-8"/>
      <title>{f:cited-title(/)}</title>
      <!-- everyone Dublin Core names, creators and contributors (dc.xsl): a PDF has authors only, and a focus group's
           or a hearing's record holds the words of its participants, whom it left out while naming the moderator -->
      <xsl:for-each select="f:cited-names(/, 'interviewee'), f:cited-names(/, 'interviewer'), f:other-participant-names(/)">
        <meta name="author" content="{.}"/>
      </xsl:for-each>
      <xsl:if test="exists($subject)">
        <meta name="description" content="{$subject}"/>
      </xsl:if>
      <meta name="keywords" content="{string-join(distinct-values((
          'interview'[$interview],
          f:plain($bibl/tei:title[@level = 'j'][1])[.],
          f:participants(/)[f:is-named(.)] ! f:recased-name(f:person-name(.)),
          $tei/tei:standOff//(tei:person | tei:org | tei:place)[exists(f:mentions(.))] ! f:entry-name(.)
        )) ! replace(., ',', ''), ', ')}"/>
      <meta name="generator" content="{$generator}"/>
      <link rel="canonical" href="{$fp:permalink}"/>
      <xsl:call-template name="t:styles"/>
    </head>
  </xsl:template>

  <!-- The subject where render.py passed none: the subtitle, else the citation where it says more than the title
       (not "“p09-lecture-qa”."). -->
  <xsl:function name="fp:subject" as="xs:string?">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="title-only" select="$fp:citation-parts?1 eq '“' || f:cited-title($doc) || '”'"/>
    <xsl:sequence select="(f:sub-title($doc)[.], f:citation($doc, ())[not($title-only)])[1]"/>
  </xsl:function>

  <xsl:template name="t:styles">
    <!-- print.css alone: edition.css (screen, hover cards, responsive rules) would cost WeasyPrint a selector
         match per element for nothing -->
    <!-- unescaped: html.xsl writes the XML syntax of HTML5, and CSS is not markup -->
    <style><xsl:value-of select="$fp:print-css" disable-output-escaping="yes"/></style>
    <xsl:if test="lower-case($paper) = 'letter'">
      <style>@page {{ size: letter; }}</style>
    </xsl:if>
    <!-- A text in a script Noto Serif lacks and that has no italics (Arabic, Hebrew, Chinese, Japanese, Korean, Thai,
         Devanagari and the other scripts of fp:script-of-language): its
         Noto face named after Noto Serif, and no italics. Left to fontconfig, Arabic was set in DejaVu Sans, Chinese
         in the Japanese forms of Noto Sans CJK, and the italic byline, roles and running head in a slanted imitation
         (DejaVu Sans Oblique for Hebrew, an oblique CJK); the letter-spaced speakers' names and running head broke
         the joins of Arabic and the headline of Devanagari ("कमला देवी" with gaps). Here only, so that no other text
         pays for a longer font list or more rules. -->
    <xsl:if test="exists($fp:script-face)">
      <xsl:variable name="family" select="'&quot;Noto Serif&quot;, &quot;' || $fp:script-face || '&quot;, serif'"/>
      <style>body {{ font-family: {$family}; }}
.byline, .speaker-role, .headnote, .incident, .note, .rend-italic, cite, i, em {{ font-style: normal; }}
.speaker-name {{ letter-spacing: 0; }}
@page {{ @top-left {{ font-family: {$family}; font-style: normal; }} @top-right {{ font-family: {$family}; letter-spacing: 0; }} }}</style>
    </xsl:if>
    <!-- A title printed over two lines (t:title-text): named in the PDF's outline as the citations name it ("A: B"),
         not by its lines run together ("AB"). -->
    <xsl:if test="/tei:TEI/tei:text/tei:front/tei:titlePage/tei:docTitle/tei:titlePart[@type = 'main']/tei:lb">
      <style><xsl:value-of disable-output-escaping="yes"
                           select="'h1 { bookmark-label: &quot;' || fp:css-string(f:main-title(/)) || '&quot;; }'"/></style>
    </xsl:if>
    <!-- A title in Hebrew or Arabic letters on a page in another script (t:running-strings): the running head that
         holds it in its script's face, upright, rather than in a slanted imitation of a fallback face. -->
    <xsl:if test="$fp:title-direction eq 'rtl' and empty($fp:script-face)">
      <style>@page {{ @top-left {{ font-family: "Noto Serif", "{if (matches(f:main-title(/), '[&#x590;-&#x5FF;&#xFB1D;-&#xFB4F;]'))
                                                                  then 'Noto Serif Hebrew' else 'Noto Naskh Arabic'}", serif; font-style: normal; }} }}</style>
    </xsl:if>
  </xsl:template>

  <!-- The Noto face for the script of the document's language (xml:lang: a script subtag decides, else the language)
       where Noto Serif has none and the script no italics; else empty. -->
  <xsl:variable name="fp:script-face" as="xs:string?" select="fp:script-face(/tei:TEI/@xml:lang)"/>

  <!-- Languages written in a script that has no italics (the Brahmic scripts of South and Southeast Asia, Tibetan,
       Ethiopic), by the script (ISO 15924, lower case) they are usually written in. -->
  <xsl:variable name="fp:script-of-language" as="map(xs:string, xs:string)" select="map{
      'th': 'thai', 'lo': 'laoo', 'km': 'khmr', 'my': 'mymr',
      'hi': 'deva', 'mr': 'deva', 'ne': 'deva', 'sa': 'deva', 'mai': 'deva', 'bho': 'deva', 'kok': 'deva', 'doi': 'deva',
      'bn': 'beng', 'as': 'beng', 'pa': 'guru', 'gu': 'gujr', 'or': 'orya', 'ta': 'taml', 'te': 'telu', 'kn': 'knda',
      'ml': 'mlym', 'si': 'sinh', 'bo': 'tibt', 'dz': 'tibt', 'am': 'ethi', 'ti': 'ethi'}"/>

  <xsl:function name="fp:script-face" as="xs:string?">
    <xsl:param name="lang" as="xs:string?"/>
    <xsl:variable name="subtags" select="tokenize(lower-case(normalize-space($lang)), '-')"/>
    <xsl:variable name="script" select="($subtags[position() gt 1][string-length() eq 4][1],
        if ($subtags[1] = ('ar', 'fa', 'ur', 'ps', 'ckb', 'sd', 'ug', 'ks', 'pnb', 'mzn')) then 'arab'
        else if ($subtags[1] = ('he', 'iw', 'yi', 'ji')) then 'hebr'
        else if ($subtags[1] = 'ja') then 'jpan'
        else if ($subtags[1] = 'ko') then 'kore'
        else if ($subtags[1] = 'zh') then (if ($subtags[position() gt 1] = ('tw', 'hk', 'mo')) then 'hant' else 'hans')
        else $subtags[1] ! $fp:script-of-language(.))[1]"/>
    <xsl:variable name="region" select="$subtags[position() gt 1][string-length() eq 2][1]"/>
    <xsl:sequence select="$script ! map{'arab': 'Noto Naskh Arabic', 'hebr': 'Noto Serif Hebrew', 'jpan': 'Noto Serif CJK JP',
                                        'kore': 'Noto Serif CJK KR', 'hans': 'Noto Serif CJK SC',
                                        'hant': if ($region = 'hk') then 'Noto Serif CJK HK' else 'Noto Serif CJK TC',
                                        'thai': 'Noto Serif Thai', 'laoo': 'Noto Serif Lao', 'khmr': 'Noto Serif Khmer',
                                        'mymr': 'Noto Serif Myanmar', 'deva': 'Noto Serif Devanagari',
                                        'beng': 'Noto Serif Bengali', 'guru': 'Noto Serif Gurmukhi',
                                        'gujr': 'Noto Serif Gujarati', 'orya': 'Noto Sans Oriya', 'taml': 'Noto Serif Tamil',
                                        'telu': 'Noto Serif Telugu', 'knda': 'Noto Serif Kannada',
                                        'mlym': 'Noto Serif Malayalam', 'sinh': 'Noto Serif Sinhala',
                                        'tibt': 'Noto Serif Tibetan', 'ethi': 'Noto Serif Ethiopic'}(.)"/>
  </xsl:function>

  <xsl:template name="t:scripts"/>

  <!-- ===== body ===== -->

  <xsl:template name="t:body">
    <xsl:variable name="tei" select="/tei:TEI"/>
    <body class="print paper-{lower-case($paper)}">
      <main id="ed-main">
        <article class="edition" aria-labelledby="ed-title">
          <xsl:call-template name="t:document-direction"/>
          <xsl:call-template name="t:title-block"/>
          <xsl:apply-templates select="$tei/tei:text/tei:front/* except $tei/tei:text/tei:front/tei:titlePage" mode="m:html"/>
          <xsl:apply-templates select="$tei/tei:text/tei:body" mode="m:html"/>
          <xsl:apply-templates select="$tei/tei:text/tei:back" mode="m:html"/>
        </article>
        <xsl:choose>
          <xsl:when test="$tei/tei:standOff//(tei:person | tei:org | tei:place)">
            <!-- tei_edition.pdf typesets the text first and this part second, with the index's page numbers
                 already known; it sets it below the text's last lines where all of it fits there, else on a page
                 of its own (print.css: named page "back"). -->
            <div class="back-matter">
              <xsl:call-template name="t:running-strings"/>
              <xsl:call-template name="t:indexes"/>
              <xsl:call-template name="t:metadata"/>
              <xsl:call-template name="t:cite-edition"/>
            </div>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="t:metadata"/>
            <xsl:call-template name="t:cite-edition"/>
          </xsl:otherwise>
        </xsl:choose>
      </main>
    </body>
  </xsl:template>

  <!-- "Viktor Mizin interviewed by Umberto Pascali", then the source and the interview dates; before them the
       running heads' strings (t:running-strings). -->
  <xsl:template name="t:byline">
    <xsl:variable name="interviewees" select="f:cited-names(/, 'interviewee')"/>
    <xsl:variable name="interviewers" select="f:cited-names(/, 'interviewer')"/>
    <xsl:variable name="bibl" select="f:source-bibl(/)"/>
    <xsl:variable name="creation" select="/tei:TEI/tei:teiHeader/tei:profileDesc/tei:creation"/>
    <!-- interviewers without a named interviewee: "Interview by …", or "Moderated by …" (f:conducted-by) -->
    <xsl:variable name="by" select="f:conducted-by(/) || ' '"/>
    <xsl:call-template name="t:running-strings"/>
    <xsl:if test="exists($interviewees) or exists($interviewers)">
      <p class="byline">
        <span class="byline-people">
          <xsl:choose>
            <!-- in a text written right to left: left to right, each name isolated (structure.xsl), by Unicode's
                 isolates, as in the running heads: WeasyPrint does not reorder a line by an inline element's dir -->
            <xsl:when test="$fp:document-direction eq 'rtl'">
              <xsl:text>&#x2066;{if (empty($interviewees)) then $by || fp:isolated-names($interviewers)
                          else fp:isolated-names($interviewees) || (' interviewed by ' || fp:isolated-names($interviewers))[exists($interviewers)]}&#x2069;</xsl:text>
            </xsl:when>
            <xsl:otherwise>
              <xsl:if test="empty($interviewees)">{$by}</xsl:if>
              <xsl:text>{fp:running-name(/)}</xsl:text>
              <xsl:if test="exists($interviewees) and exists($interviewers)"> interviewed by {f:join-names($interviewers)}</xsl:if>
            </xsl:otherwise>
          </xsl:choose>
        </span>
      </p>
    </xsl:if>
    <dl class="dateline">
      <xsl:if test="$creation">
        <dt>{f:creation-term(/)}</dt>
        <dd><xsl:call-template name="t:creation"/></dd>
      </xsl:if>
      <!-- not for a source the transcript does not state: its bibl holds only the title of the transcript itself,
           which the page has just printed ("Source: “Title”." read as if a publication had that title); the colophon
           says that the source is not stated -->
      <xsl:if test="$bibl[tei:date or not(tei:note/@type = 'missing')]">
        <dt>Source</dt>
        <dd class="source"><xsl:apply-templates select="$bibl" mode="m:header"/></dd>
      </xsl:if>
    </dl>
  </xsl:template>

  <!-- What the running heads say (CSS string-set), invisibly: the title and the interviewees, each shortened to what
       one line of a running head holds ("Focus group on the closure of public libraries in the…"): in full they
       wrapped, and the head climbed into the top margin. The running heads are set left to right (the apparatus's
       direction, in an English edition and in a Hebrew or Arabic one alike): a title written right to left is
       isolated in its own direction, as the title block's <bdi dir>, and a Latin title in a Hebrew edition in its.
       A margin box takes the string's text only (no markup, no dir), so the isolate is Unicode's, RIGHT-TO-LEFT (or
       LEFT-TO-RIGHT) ISOLATE … POP DIRECTIONAL ISOLATE, which are not shown; without it the shortened title's "…"
       came before a Hebrew title instead of after it. -->
  <xsl:template name="t:running-strings">
    <p class="running-strings" aria-hidden="true"><span class="running-title">{fp:shorten(f:main-title(/), 60)
        ! (if ($fp:title-direction eq 'rtl') then '&#x2067;' || . || '&#x2069;'
           else if ($fp:document-direction eq 'rtl') then '&#x2066;' || . || '&#x2069;' else .)}</span>
      <xsl:text> </xsl:text><span class="running-name">{fp:shorten(fp:running-name(/), 48)}</span></p>
  </xsl:template>

  <!-- Names joined as f:join-names joins them, each in Unicode's FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE. -->
  <xsl:function name="fp:isolated-names" as="xs:string">
    <xsl:param name="names" as="xs:string*"/>
    <xsl:sequence select="f:join-names($names ! ('&#x2068;' || . || '&#x2069;'))"/>
  </xsl:function>

  <!-- The running head's name: the interviewees (else the interviewers). -->
  <xsl:function name="fp:running-name" as="xs:string">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="interviewees" select="f:cited-names($doc, 'interviewee')"/>
    <xsl:sequence select="f:join-names(if (exists($interviewees)) then $interviewees
                                       else f:cited-names($doc, 'interviewer'))"/>
  </xsl:function>

  <!-- ===== no interactive parts on paper ===== -->

  <xsl:template name="t:cite-fragment"/>

  <!-- A song: its lines, without the HTML's margin permalink (and "cite"); its id is still its named destination. -->
  <xsl:template name="t:lg-permalink"/>

  <!-- An endnote does not link back to its mark: on paper the number is the way back (the page of the mark would cost
       WeasyPrint another layout of the text, whose notes come after their marks), so neither has an id for it. -->
  <xsl:template name="t:note-backlink"/>
  <xsl:template name="t:note-mark-id"/>

  <!-- ===== no "About this edition" ===== -->

  <!-- The print edition reads like a journal article: the title block gives the source and the interview dates, the
       colophon the notes on the source and the licence, and says where the editorial declaration and the revision
       history are (the TEI source embedded in the PDF, and the online edition), which document the encoding
       rather than the interview. Their two half-pages of small print cost WeasyPrint a quarter of the time it took
       to typeset the seed. -->
  <xsl:template name="t:metadata"/>

  <!-- ===== fewer boxes: every element is a box WeasyPrint styles, lays out (and re-lays out for the index's
       page numbers) and paints, so what paper does not show is plain text here ===== -->

  <!-- Name mentions: plain text. On paper a name is not a link; the index refers to paragraphs (¶ n, p. n). -->
  <xsl:template match="tei:persName | tei:orgName | tei:placeName" mode="m:html" priority="3">
    <xsl:apply-templates mode="m:html"/>
  </xsl:template>

  <!-- Inline markup that looks like the running text: its text only (quotation marks are restored as text, as
       in the HTML). -->
  <xsl:template match="tei:q" mode="m:html">
    <xsl:variable name="marks" select="f:quote-marks(@rend)"/>
    <xsl:sequence select="$marks[1]"/>
    <xsl:call-template name="t:inline-contents"/>
    <xsl:sequence select="$marks[2]"/>
  </xsl:template>
  <xsl:template match="tei:ellipsis | tei:seg | tei:roleName | tei:date | tei:text//tei:abbr" mode="m:html">
    <xsl:apply-templates mode="m:html"/>
  </xsl:template>
  <xsl:template match="tei:milestone" mode="m:html"/>
  <!-- the interview's date in an era of its own, followed by the Gregorian (inline.xsl, f:date-gloss) -->
  <xsl:template match="tei:creation/tei:date[@when]" mode="m:html" priority="1">
    <xsl:apply-templates mode="m:html"/>
    <xsl:value-of select="f:date-gloss(., @when)"/>
  </xsl:template>

  <!-- A speech: the label, then the paragraphs, in one box (no sp-body wrapper, no permalink). -->
  <xsl:template match="tei:sp" mode="m:html">
    <xsl:variable name="persons" select="f:speakers(.)"/>
    <xsl:variable name="role" select="f:role($persons)"/>
    <xsl:variable name="times" select="fp:turn-times(.)"/>
    <div class="sp sp-{$role}">
      <xsl:call-template name="t:id"/>
      <xsl:call-template name="t:retired-ids"/>
      <xsl:call-template name="t:speaker-label">
        <xsl:with-param name="role" select="$role"/>
        <xsl:with-param name="persons" select="$persons"/>
        <xsl:with-param name="times" select="$times"/>
      </xsl:call-template>
      <xsl:apply-templates select="fp:turn-content(., $times)" mode="m:html"/>
    </div>
  </xsl:template>

  <xsl:template name="t:speaker-label">
    <xsl:param name="role" as="xs:string"/>
    <xsl:param name="persons" as="element(tei:person)*"/>
    <xsl:param name="times" as="element(tei:anchor)*" select="()"/>
    <xsl:variable name="note" select="fp:speaker-note(., $role, $persons)"/>
    <p class="speaker">
      <span class="speaker-name">
        <xsl:call-template name="t:speaker-name">
          <xsl:with-param name="role" select="$role"/>
          <xsl:with-param name="persons" select="$persons"/>
        </xsl:call-template>
      </span>
      <xsl:if test="exists($note)">
        <xsl:text> </xsl:text>
        <!-- the apparatus's English, left to right in a text written right to left (see speeches.xsl), by Unicode's
             isolates (LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE; the name in FIRST STRONG ISOLATE) -->
        <span class="speaker-role">{if ($fp:document-direction eq 'rtl')
                                    then '&#x2066;(' || string-join($note ! ('&#x2068;' || . || '&#x2069;'), ': ') || ')&#x2069;'
                                    else '(' || string-join($note, ': ') || ')'}</span>
      </xsl:if>
      <xsl:apply-templates select="$times" mode="m:html"/>
    </p>
  </xsl:template>

  <!-- A paragraph: one <p> with the TEI id and its number (the HTML's pnum link) floated into the margin; no
       wrapper, no cite disclosure. One that keeps its lines (lb: a letter or poem read out) is set without the first
       line's indent. -->
  <xsl:template match="tei:text//tei:p" mode="m:html">
    <p class="para{if (tokenize(@rend) = 'italic') then ' rend-italic' else ''}{if (tei:lb) then ' lines' else ''}">
      <xsl:call-template name="t:id"/>
      <xsl:call-template name="t:retired-ids"/>
      <xsl:if test="@xml:id">
        <!-- no space after it: the number is out of the line (absolutely positioned), and WeasyPrint, unlike a
             browser, keeps a space that begins a line, so every paragraph's first line began a space further in -->
        <a class="pnum" href="#{@xml:id}">{(@n, '¶')[1]}</a>
      </xsl:if>
      <xsl:call-template name="t:paragraph-contents"/>
    </p>
  </xsl:template>

  <!-- ===== index: one reference per paragraph, its page added by CSS (target-counter) ===== -->

  <xsl:template match="tei:person | tei:org | tei:place" mode="m:index">
    <!-- "/" (not "!"): each paragraph once, in document order -->
    <xsl:variable name="paragraphs" select="f:mentions(.)/ancestor::*[@xml:id][1]" as="element()*"/>
    <li class="entry" id="{@xml:id}">
      <span class="entry-name">{f:index-name(.)}</span>
      <xsl:if test="self::tei:person and (tei:birth, tei:death, tei:floruit)"> {f:life-years(.)}</xsl:if>
      <!-- a dash, not a comma, after an inverted name ("Albright, Madeleine — US Secretary of State") -->
      <xsl:variable name="description" select="f:entry-description(.)"/>
      <xsl:if test="$description"> — {$description}</xsl:if>
      <xsl:if test="$fp:register-facts">
        <xsl:variable name="facts" select="f:entry-facts(.)"/>
        <xsl:if test="exists($facts)">
          <xsl:text>{if (not($description)) then ' — ' else if (matches($description, '[.!?]$')) then ' ' else '. '}</xsl:text>
          <xsl:call-template name="t:entry-facts"><xsl:with-param name="facts" select="$facts"/></xsl:call-template>
        </xsl:if>
      </xsl:if>
      <!-- an entry the text does not mention, which another brought into the document (a person's affiliation) -->
      <xsl:if test="empty($paragraphs)">
        <xsl:for-each select="f:pointing-entries(.)">
          <xsl:text>{if (position() eq 1) then ' See ' else ', '}</xsl:text>
          <a href="#{@xml:id}">{f:index-name(.)}</a>
          <xsl:if test="position() eq last()">.</xsl:if>
        </xsl:for-each>
      </xsl:if>
      <xsl:for-each select="$paragraphs">
        <xsl:text>{if (position() eq 1) then ' ' else ', '}</xsl:text>
        <a class="backlink" href="#{@xml:id}">{(@n ! ('¶&#xA0;' || .), 'mention')[1]}</a>
      </xsl:for-each>
    </li>
  </xsl:template>

  <!-- ===== colophon ===== -->

  <xsl:template name="t:cite-edition">
    <section class="cite colophon" id="ed-cite" aria-labelledby="ed-cite-title">
      <h2 id="ed-cite-title">Colophon</h2>
      <p class="cite-hint">Recommended citation:</p>
      <p class="citation" id="ed-citation">
        <xsl:call-template name="t:citation-text">
          <xsl:with-param name="text" select="f:full-citation(/, ())"/>
          <xsl:with-param name="urls" select="true()"/>
        </xsl:call-template>
      </p>
      <p class="cite-hint">Paragraph numbers in the margin are the same as in the online edition: a paragraph
        is cited as the permalink followed by “#” and its identifier, e.g.
        <span class="url"><xsl:for-each select="(/tei:TEI/tei:text//tei:p[@xml:id])[1]"><xsl:call-template name="t:url-text"><xsl:with-param name="url" select="f:fragment-permalink(.)"/></xsl:call-template></xsl:for-each></span>.</p>
      <xsl:variable name="source-notes" select="f:source-bibl(/)/tei:note"/>
      <xsl:if test="exists($source-notes)">
        <p class="cite-hint">On the source: {string-join($source-notes ! f:source-note(.), ' ')}</p>
      </xsl:if>
      <xsl:variable name="availability" select="/tei:TEI/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:availability"/>
      <xsl:if test="$availability/(tei:licence | tei:p)">
        <p class="cite-hint">Licence: {string-join($availability/(tei:licence | tei:p) ! f:plain(.), ' ')}</p>
      </xsl:if>
      <p class="cite-hint">This PDF/A file carries its TEI P5 source ({f:doc-id(/)}.xml) as an embedded file,
        whose header also records how the transcript was encoded and normalised (the editorial declaration) and the
        revision history; the online edition shows both. Typeset by {$generator} in Noto Serif{$fp:script-face ! (' and ' || .)}.</p>
    </section>
  </xsl:template>

</xsl:stylesheet>
