/**
 * The Vert.x HTTP service ({@code serve}): the check API of CONTRACT.md, the rule list, health, the table layouts,
 * its OpenAPI description and the web page for disclosure offices, over a rule set reloaded when its directory changes.
 * It uses the library API and the renderers; nothing below it imports this package.
 */
package org.xxgk.checker.http;
