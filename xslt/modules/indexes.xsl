<?xml version="1.0" encoding="UTF-8"?>
<!--
  indexes.xsl: the indexes of persons, organisations and places, built from standOff. Each entry carries the
  register id as its HTML id (the target of every mention), its name (a person's by surname, "Kouchner, Bernard",
  as the index is sorted: f:index-name), its description, an authority link where the register has one, and a link
  back to every mention, labelled by paragraph number.
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

  <xsl:mode name="m:index" on-no-match="shallow-skip"/>

  <xsl:template name="t:indexes">
    <xsl:variable name="standoff" select="/tei:TEI/tei:standOff"/>
    <xsl:if test="$standoff//(tei:person | tei:org | tei:place)">
      <section class="indexes" id="ed-index" aria-labelledby="ed-index-title">
        <xsl:call-template name="t:apparatus-language"/>
        <h2 id="ed-index-title">Index</h2>
        <xsl:call-template name="t:index">
          <xsl:with-param name="entries" select="$standoff//tei:person"/>
          <xsl:with-param name="kind" select="'persons'"/>
          <xsl:with-param name="title" select="'Persons'"/>
        </xsl:call-template>
        <xsl:call-template name="t:index">
          <xsl:with-param name="entries" select="$standoff//tei:org"/>
          <xsl:with-param name="kind" select="'organisations'"/>
          <xsl:with-param name="title" select="'Organisations'"/>
        </xsl:call-template>
        <xsl:call-template name="t:index">
          <xsl:with-param name="entries" select="$standoff//tei:place"/>
          <xsl:with-param name="kind" select="'places'"/>
          <xsl:with-param name="title" select="'Places'"/>
        </xsl:call-template>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="t:index">
    <xsl:param name="entries" as="element()*"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="title" as="xs:string"/>
    <xsl:if test="exists($entries)">
      <section class="index index-{$kind}" aria-labelledby="ed-index-{$kind}">
        <h3 id="ed-index-{$kind}">{$title}</h3>
        <ul class="entries">
          <!-- xsl:sort computes each entry's key once (sort() with a key function computed it per comparison); the
               key of an entry of the document is in the map of entry texts -->
          <xsl:apply-templates select="$entries" mode="m:index">
            <xsl:sort select="($fp:entry-texts(generate-id(.))?4, f:index-key(f:index-name(.)))[1]"/>
          </xsl:apply-templates>
        </ul>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:person | tei:org | tei:place" mode="m:index">
    <xsl:variable name="texts" select="$fp:entry-texts(generate-id(.))"/>
    <xsl:variable name="name" select="($texts?3, f:index-name(.))[1]"/>
    <xsl:variable name="description" select="($texts?2, f:entry-description(.))[1]"/>
    <xsl:variable name="mentions" select="if (root(.) is $fp:document) then $fp:mentions-by-entry(string(@xml:id)) else f:mentions(.)"/>
    <!-- mention ids from the precomputed map (one f:mention-id call per back-link costs more than the link) -->
    <xsl:variable name="mention-ids" as="map(xs:string, xs:string)"
        select="if (root(.) is $fp:document) then $fp:mention-ids else fp:mention-ids(root(.))"/>
    <li id="{@xml:id}">
      <p class="entry-head">
        <b>{$name}</b>
        <xsl:if test="self::tei:person and (tei:birth, tei:death, tei:floruit)"> {f:life-years(.)}</xsl:if>
        <!-- the URLs from the map of entry texts, one for each idno ("" for none) -->
        <xsl:variable name="urls" select="if (exists($texts)) then $texts?5 else tei:idno ! string(f:authority-url(.))"/>
        <xsl:for-each select="tei:idno">
          <xsl:variable name="n" select="position()"/>
          <xsl:variable name="url" select="$urls[$n]"/>
          <xsl:if test="$url">
            <xsl:text> </xsl:text>
            <a class="authority" href="{$url}" rel="external">{f:authority-label(.)}</a>
          </xsl:if>
        </xsl:for-each>
      </p>
      <p class="entry-desc" id="ed-desc-{@xml:id}">{($description[.], f:kind-label(local-name()))[1]}</p>
      <xsl:if test="$fp:register-facts">
        <xsl:variable name="facts" select="f:entry-facts(.)"/>
        <xsl:if test="exists($facts)">
          <p class="entry-facts"><xsl:call-template name="t:entry-facts"><xsl:with-param name="facts" select="$facts"/></xsl:call-template></p>
        </xsl:if>
      </xsl:if>
      <p class="entry-mentions">
        <xsl:choose>
          <xsl:when test="empty($mentions)">
            <!-- an entry the document carries because another points at it (a person's affiliation): which -->
            <xsl:variable name="pointing" select="f:pointing-entries(.)"/>
            <xsl:text>Not mentioned in the text</xsl:text>
            <xsl:if test="exists($pointing)">
              <xsl:text>; see </xsl:text>
              <xsl:for-each select="$pointing">
                <a href="#{@xml:id}">{f:index-name(.)}</a>
                <xsl:if test="position() ne last()">, </xsl:if>
              </xsl:for-each>
            </xsl:if>
            <xsl:text>.</xsl:text>
          </xsl:when>
          <xsl:otherwise>
            <xsl:text>Mentioned in </xsl:text>
            <!-- one group per paragraph; a, b, c… when a paragraph mentions the entry more than once. A comma before
                 every link but the first (which needs no last()), and the link of a paragraph that mentions the entry
                 once written without a loop over its group: work done per back-link, of which the seed's page has
                 some 150. -->
            <xsl:for-each-group select="$mentions" group-adjacent="generate-id((ancestor::tei:p[1], .)[1])">
              <xsl:variable name="n" select="ancestor::tei:p[1]/@n"/>
              <xsl:if test="position() gt 1">, </xsl:if>
              <!-- the visible "¶ 5a" is the link's name: the entry it stands in gives the context -->
              <xsl:choose>
                <xsl:when test="count(current-group()) eq 1">
                  <a href="#{$mention-ids(generate-id(.))}">{if ($n) then '¶ ' || $n else 'mention'}</a>
                </xsl:when>
                <xsl:otherwise>
                  <xsl:for-each select="current-group()">
                    <xsl:if test="position() gt 1">, </xsl:if>
                    <a href="#{$mention-ids(generate-id(.))}">{if ($n) then '¶ ' || $n || codepoints-to-string(96 + position()) else 'mention'}</a>
                  </xsl:for-each>
                </xsl:otherwise>
              </xsl:choose>
            </xsl:for-each-group>
          </xsl:otherwise>
        </xsl:choose>
      </p>
    </li>
  </xsl:template>

  <!-- What the register says of an entry (f:entry-facts), as a sentence per kind: "Affiliations: Médecins Sans
       Frontières (1971–1979); UNMIK (from 1999). Nationality: French." A fact pointing at an entry of the index (its
       own @ref, or a name's inside it) links to it. The index (HTML and print) wraps it. -->
  <xsl:template name="t:entry-facts">
    <xsl:param name="facts" as="element()+"/>
    <xsl:for-each-group select="$facts" group-adjacent="local-name()">
      <xsl:if test="position() gt 1"><xsl:text> </xsl:text></xsl:if>
      <xsl:text>{f:fact-label(current-grouping-key(), count(current-group()))}: </xsl:text>
      <xsl:for-each select="current-group()">
        <xsl:variable name="target" select="(.[@ref], .//*[@ref])[1] ! key('fp:entries', fp:ref-id(.), root(.))[1]"/>
        <xsl:choose>
          <xsl:when test="exists($target)"><a href="#{$target/@xml:id}">{f:plain(.)}</a></xsl:when>
          <xsl:otherwise>{f:plain(.)}</xsl:otherwise>
        </xsl:choose>
        <xsl:text>{f:fact-years(.)}{if (position() eq last()) then '.' else '; '}</xsl:text>
      </xsl:for-each>
    </xsl:for-each-group>
  </xsl:template>

</xsl:stylesheet>
