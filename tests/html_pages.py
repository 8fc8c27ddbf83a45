"""Hand-written HTML pages in the shapes real news sites use (no real article text).

Each page comes with the paragraphs an extractor must find and the text it must leave out.
"""

WORDPRESS = """<!DOCTYPE html>
<html lang="en-GB"><head>
<meta charset="UTF-8">
<title>Harbour wall repairs to start next month &#8211; Coastal Courier</title>
<meta property="og:title" content="Harbour wall repairs to start next month">
<meta property="og:site_name" content="Coastal Courier">
<meta property="article:published_time" content="2024-05-14T08:30:00+00:00">
<link rel="canonical" href="https://coastal-courier.example/2024/05/harbour-wall/">
<style>.entry-content p { margin: 0 }</style>
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour wall repairs"}</script>
</head><body class="post-template-default single">
<div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-branding">
<p class="site-title">Coastal Courier</p></div>
<nav id="site-navigation"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul>
</nav></header>
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-1182" class="post-1182 post type-post">
<header class="entry-header"><h1 class="entry-title">Harbour wall repairs to start next month</h1>
<div class="entry-meta">Posted on <time datetime="2024-05-14">14 May 2024</time> by Sam Reed</div>
</header>
<div class="entry-content">
<p>Repairs to the storm-damaged harbour wall will begin on 3 June, the district council has confirmed.</p>
<p>The &pound;2.4m project was delayed after contractors found the foundations
were in a worse state than expected.</p>
<figure class="wp-block-image"><img src="/wp-content/uploads/wall.jpg" alt="The harbour wall">
<figcaption>Waves breaking over the wall in February (Picture: Coastal Courier)</figcaption></figure>
<p>&ldquo;We know people have waited a long time,&rdquo; said council leader Priya Nair.
&ldquo;The work is finally happening.&rdquo;</p>
<h2>What happens to the moorings?</h2>
<p>Boat owners will be moved to temporary moorings at the north quay while the work is carried out.</p>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li>
<a>Twitter</a></li><li><a>Facebook</a></li></ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3>Related</h3>
<p>Lifeboat station gets new boat</p></div>
</div></article>
<div id="comments" class="comments-area"><h2>2 thoughts on this</h2><p>Great news at last!</p></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget"><h2>Most read</h2><ul>
<li>Pier closed</li></ul></section></aside>
<footer id="colophon" class="site-footer"><p>&copy; 2024 Coastal Courier</p></footer>
</div></body></html>
"""

WORDPRESS_PARAS = [
    "Repairs to the storm-damaged harbour wall will begin on 3 June, the district council has confirmed.",
    "The \u00a32.4m project was delayed after contractors found the foundations "
    "were in a worse state than expected.",
    "\u201cWe know people have waited a long time,\u201d said council leader Priya Nair. "
    "\u201cThe work is finally happening.\u201d",
    "What happens to the moorings?",
    "Boat owners will be moved to temporary moorings at the north quay while the work is carried out.",
]
WORDPRESS_ABSENT = [
    "Share this", "Lifeboat station", "Great news at last", "Pier closed", "Waves breaking", "Home",
]

# Old CMS: no <p>, text in a table cell separated by <br><br>, latin-1 declared in a meta tag.
DIV_SOUP = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Village fete raises record sum</title></head><body>
<table><tr><td class="menu"><a href="/">Home</a> | <a href="/sport">Sport</a></td></tr>
<tr><td class="story"><font size="4"><b>Village fete raises record sum</b></font><br><br>
Organisers of the annual fete in Little Hadham say this year's event
raised \xa34,120 for the village school.<br><br>
The money will pay for a new roof on the school's library, which has leaked for three winters.<br>
More than 900 people attended, despite the rain.<br><br>
"It was the busiest fete we have ever had," said organiser Tom Bell.
</td></tr></table></body></html>
"""

DIV_SOUP_PARAS = [
    "Organisers of the annual fete in Little Hadham say this year's event "
    "raised \u00a34,120 for the village school.",
    "The money will pay for a new roof on the school's library, which has leaked for three winters. "
    "More than 900 people attended, despite the rain.",
    "\"It was the busiest fete we have ever had,\" said organiser Tom Bell.",
]
DIV_SOUP_ABSENT = ["Home | Sport"]

# A news site with teaser <article> cards beside the main one, itemprop body and an embedded post.
TEASERS = """<!doctype html><html><head><meta charset="utf-8">
<meta name="twitter:title" content="Rail strike called off after late-night talks">
<title>Rail strike called off after late-night talks | Example News</title></head>
<body><div class="page">
<article class="teaser"><h3>Weather warning for the weekend</h3>
<p>Snow is expected in the north.</p></article>
<article class="story"><h1>Rail strike called off after late-night talks</h1>
<div class="ad-slot">Advertisement</div>
<div itemprop="articleBody">
<p>A planned 48-hour rail strike has been called off after unions and operators reached an agreement.</p>
<p>The union said members would vote on the new pay offer, which includes a 5.5% rise this year.</p>
<blockquote class="social-embed">
<p>Talks were constructive and we thank passengers for their patience.</p></blockquote>
<blockquote><p>This is a fair deal for our members,</p></blockquote>
<p>Passengers were advised to check before travelling on Monday, as some services may still be affected.</p>
<ul><li>Services will run to a normal timetable from Tuesday</li>
<li>Tickets for strike days remain valid</li></ul>
</div></article>
<article class="teaser"><h3>Bus fares frozen</h3><p>Fares will not rise until April.</p></article>
</div></body></html>
"""

TEASERS_PARAS = [
    "A planned 48-hour rail strike has been called off after unions and operators reached an agreement.",
    "The union said members would vote on the new pay offer, which includes a 5.5% rise this year.",
    "This is a fair deal for our members,",
    "Passengers were advised to check before travelling on Monday, as some services may still be affected.",
    "Services will run to a normal timetable from Tuesday",
    "Tickets for strike days remain valid",
]
TEASERS_ABSENT = ["Snow is expected", "Bus fares", "Advertisement", "Talks were constructive"]

PAGES = {
    "wordpress": (WORDPRESS, "Harbour wall repairs to start next month", WORDPRESS_PARAS, WORDPRESS_ABSENT),
    "div_soup": (DIV_SOUP, "Village fete raises record sum", DIV_SOUP_PARAS, DIV_SOUP_ABSENT),
    "teasers": (TEASERS, "Rail strike called off after late-night talks", TEASERS_PARAS, TEASERS_ABSENT),
}
