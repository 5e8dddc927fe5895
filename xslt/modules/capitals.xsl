<?xml version="1.0" encoding="UTF-8"?>
<!--
  capitals.xsl: a name or title printed in capitals ("JOHN SMITH" from a label, "INTERVIEW WITH MARY LEE" over the
  text) re-cased for the citations and the metadata, which a bibliography and a catalogue set in upper and lower
  case ("Smith, John. “Interview with Mary Lee.”"); the text keeps it as printed. Only a name or title with no
  lower-case letter is re-cased ("McDONALD", "Mr. BRANDT" are left as they are), and none in Greek, whose capitals
  drop the accents its lower case needs. The same rules, word for word, as tei_edition.cite (recased_name,
  recased_title), whose citations the pages show: the two must agree. Included by html.xsl and by
  metadata-common.xsl (dc.xsl, mods.xsl).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fn="http://www.w3.org/2005/xpath-functions"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-tei-edition:functions"
    xmlns:fp="urn:x-tei-edition:private"
    exclude-result-prefixes="#all">

  <!-- "JOHN SMITH" is "John Smith", "LUDWIG VAN BEETHOVEN" "Ludwig van Beethoven", "MR. BRANDT" "Mr. Brandt". -->
  <xsl:function name="f:recased-name" as="xs:string">
    <xsl:param name="name" as="xs:string"/>
    <xsl:sequence select="if (fp:in-capitals($name)) then fp:recased($name, $fp:name-particles, false(), ()) else $name"/>
  </xsl:function>

  <!-- In headline style, with the small words of the title's $language (a BCP 47 tag): "INTERVIEW WITH MARY LEE" is
       "Interview with Mary Lee"; but a word that the text of $document prints in capitals keeps them ("NASA"). -->
  <xsl:function name="f:recased-title" as="xs:string">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="language" as="xs:string?"/>
    <xsl:param name="document" as="node()?"/>
    <xsl:sequence select="
        if (fp:in-capitals($title))
        then fp:recased($title, $fp:title-small-words(lower-case(substring-before($language || '-', '-'))), true(),
                        fp:words-in-capitals($document, analyze-string($title, $fp:letters)/fn:match
                                                        ! (let $word := string(.) return ($word, replace($word, '[''’]S$', '')[. ne $word]))))
        else $title"/>
  </xsl:function>

  <!-- Two capitals or more, no lower-case letter, no Greek. -->
  <xsl:function name="fp:in-capitals" as="xs:boolean">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="not(matches($text, '\p{Ll}')) and matches($text, '\p{Lu}.*\p{Lu}', 's')
                          and not(matches($text, '[&#x370;-&#x3FF;&#x1F00;-&#x1FFF;]'))"/>
  </xsl:function>

  <!-- The $words (of a title) that the text of $document prints in capitals among lower case, next to a word with a
       lower-case letter ("NASA" of "We met at NASA", "NASA's budget"): the evidence that a word of a title in
       capitals is written so, an acronym; not a court record's caption in capitals with a "v." in it. Read only for a
       title in capitals, and only the paragraphs that hold one of the words (tei_edition.cite.words_in_capitals). -->
  <xsl:function name="fp:words-in-capitals" as="xs:string*">
    <xsl:param name="document" as="node()?"/>
    <xsl:param name="words" as="xs:string*"/>
    <xsl:sequence select="root($document)/tei:TEI/tei:text//tei:p[some $word in $words satisfies contains(., $word)]
                          ! (let $tokens := tokenize(.)
                             return for $i in 1 to count($tokens)
                                    return $tokens[$i][matches(string-join(($tokens[$i - 1], $tokens[$i + 1]), ' '), '\p{Ll}')])
                          ! (analyze-string(., $fp:letters)/fn:match ! replace(., '[''’]s$', ''))[. = $words][fp:in-capitals(.)]"/>
  </xsl:function>

  <!-- A run of letters, with an apostrophe inside ("O'BRIEN"). -->
  <xsl:variable name="fp:letters" as="xs:string" select="'\p{L}[\p{L}\p{M}]*([''’]\p{L}[\p{L}\p{M}]*)*'"/>

  <!-- The small words of a title that stay in lower case unless first, last or after a colon (Chicago's headline
       style, and its like in the languages transcripts mostly come in); a title in another language capitalises
       every word. -->
  <xsl:variable name="fp:title-small-words" as="map(xs:string, xs:string*)" select="map{
      'en': tokenize('a about above across after against along among an and around as at before behind below beneath
                      beside besides between beyond but by despite during except for from in inside into near nor of on
                      onto or outside over per the through throughout to toward towards under underneath upon via vs
                      with within without'),
      'fr': tokenize('à au aux avec d de des du en et l la le les ou par pour sur un une'),
      'es': tokenize('a al con de del e el en la las los o para por un una y'),
      'it': tokenize('a al alla con d da dal dalla degli dei del della di e il in l la le lo per su tra un una'),
      'pt': tokenize('a ao aos com da das de do dos e em na nas no nos o os para por um uma'),
      'de': tokenize('am an auf aus bei das dem den der des die ein eine im in mit und vom von zu zum zur über'),
      'nl': tokenize('aan de den der een en het in met op te van voor')}"/>

  <!-- The particles of a name that stay in lower case after its first word. -->
  <xsl:variable name="fp:name-particles" as="xs:string+"
      select="tokenize('bin da das de del della den der des di do dos du ten ter van von y')"/>

  <!-- Words of consonants only that are abbreviations of words, not initials: "MR" is "Mr", "BBC" stays "BBC". -->
  <xsl:variable name="fp:consonant-words" as="xs:string+" select="('MR', 'MRS', 'MS', 'MX', 'DR', 'ST', 'JR', 'SR')"/>

  <!-- $text in capitals re-cased word by word (each run of letters by fp:recased-letters, $printed the words to
       keep), a word of $small in lower case unless it is the first; in a $headline (a title) also the last and the
       first after a colon, a full stop, a question or exclamation mark or a dash. -->
  <xsl:function name="fp:recased" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="small" as="xs:string*"/>
    <xsl:param name="headline" as="xs:boolean"/>
    <xsl:param name="printed" as="xs:string*"/>
    <xsl:variable name="words" select="tokenize($text)"/>
    <xsl:sequence select="
        string-join(
          for $i in 1 to count($words)
          return if ($i gt 1 and not($headline and ($i eq count($words) or matches($words[$i - 1], '[:.?!]$')
                                                    or $words[$i - 1] = ('-', '–', '—')))
                     and lower-case(replace($words[$i], '^\P{L}+|\P{L}+$', '')) = $small)
                 then lower-case($words[$i])
                 else string-join(analyze-string($words[$i], $fp:letters)/*
                                  ! (if (self::fn:match[not(. = $printed)]) then fp:recased-letters(., $printed) else string(.))),
          ' ')"/>
  </xsl:function>

  <!-- One run of letters in capitals: a Roman numeral ("II") and initials without a vowel ("BBC") stay as they are,
       and take a possessive in lower case, as a word of $printed does ("NASA'S" is "NASA's"); "MCDONALD" is
       "McDonald", "O'BRIEN" "O'Brien", "MARY'S" "Mary's"; else "Word". -->
  <xsl:function name="fp:recased-letters" as="xs:string">
    <xsl:param name="letters" as="xs:string"/>
    <xsl:param name="printed" as="xs:string*"/>
    <xsl:variable name="stem" select="replace($letters, '[''’]S$', '')"/>
    <xsl:sequence select="
        if (fp:kept($letters)) then $letters
        else if (string-length($letters) gt 3 and $stem ne $letters and ($stem = $printed or fp:kept($stem)))
        then substring($letters, 1, string-length($letters) - 1) || 's'
        else if (starts-with($letters, 'MC') and string-length($letters) gt 3) then 'Mc' || fp:capitalised(substring($letters, 3))
        else if (string-length($letters) gt 2 and substring($letters, 2, 1) = ('''', '’'))
        then substring($letters, 1, 2) || fp:capitalised(substring($letters, 3))
        else fp:capitalised($letters)"/>
  </xsl:function>

  <!-- A Roman numeral ("II") or initials without a vowel ("BBC"), not "MR". -->
  <xsl:function name="fp:kept" as="xs:boolean">
    <xsl:param name="letters" as="xs:string"/>
    <xsl:sequence select="matches($letters, '^X{0,3}(IX|IV|V?I{0,3})$')
                          or matches($letters, '^[B-DF-HJ-NP-TV-XZ]{2,}$') and not($letters = $fp:consonant-words)"/>
  </xsl:function>

  <xsl:function name="fp:capitalised" as="xs:string">
    <xsl:param name="word" as="xs:string"/>
    <xsl:sequence select="upper-case(substring($word, 1, 1)) || lower-case(substring($word, 2))"/>
  </xsl:function>

</xsl:stylesheet>
