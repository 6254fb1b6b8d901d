import type { Catalogue, InputKind, MarkdownShape, UnsupportedMarkdown } from './catalogue'
import { reasonIn } from './catalogue'
import { dateText } from './dates'
import { fieldLabel, optionLabel } from './fieldLabels'

const date = (value: string): string => dateText(value, 'en')
const label = (field: string): string => fieldLabel(field, 'en')
const option = (field: string, value: string): string =>
  optionLabel({ field, value, language: 'en' })

const vendorList = (vendors: readonly string[]): string =>
  `vendor domains: ${vendors.length === 0 ? 'none yet' : vendors.join(', ')}`

const stated = (field: string, value: string): string =>
  value === ''
    ? `the field "${label(field)}" is empty`
    : `the field "${label(field)}" says "${value}"`

const stateNames = {
  draft: 'draft',
  changes_requested: 'changes requested',
  approved: 'approved',
  new: 'new',
} as const

/** What an input check expected of a value (`input.wrong-kind`). */
const kindNames: Record<InputKind, string> = {
  text: 'text',
  texts: 'a list of texts',
  number: 'a number',
  numbers: 'a list of numbers',
  date: 'a date (ISO 8601)',
  boolean: 'true or false',
  rows: 'a list of entries (objects)',
  object: 'an object',
  richText: 'rich text (a list of paragraph objects)',
  id: 'the id of an existing document',
}

/** What the editor cannot show of lists, links and details blocks (`markdown.unsupported`). */
const shapeNames: Record<MarkdownShape, string> = {
  'loose-list': 'loose list',
  'loose-or-task-list-item': 'loose or task list item',
  'list-item-not-text': 'list item not starting with text',
  'link-title': 'link title',
  'unclosed-details': '<details> without </details>',
}

const unsupported = (what: UnsupportedMarkdown): string =>
  'shape' in what ? shapeNames[what.shape] : what.nodeType

/** The English texts: plain words, naming what is wrong and how to fix it. */
export const en: Catalogue = {
  'source.malformed.no-url': ({ value }) =>
    `"${value}" holds no web address (no http or https URL). Replace it with the URL of the vendor page it stands for, or remove it.`,
  'source.malformed.unusable-url': ({ value }) =>
    `"${value}" is not a usable web address (only absolute http and https URLs count). Write the full URL of the vendor page, starting with https://.`,
  'source.rejected': ({ host, vendors }) =>
    `${host} is not a vendor domain of this provider (${vendorList(vendors)}). ` +
    `Cite the vendor's own page instead, add the host to the provider's vendor domains if the vendor really owns it, ` +
    `or set "linked from" to the vendor page that links this document.`,
  'source.rejected.stray-link': ({ url, vendors }) =>
    `The text contains a link to ${url}, which is not a page on the vendor's own site (${vendorList(vendors)}). Remove it, or cite the vendor's page as its own entry.`,
  'source.linked-without-vendor-page': ({ host, vendors }) =>
    `${host} is not a vendor domain of this provider (${vendorList(vendors)}), and a third-party document ` +
    `counts only when the vendor links it. Set "linked from" to the vendor page that links this document ` +
    `(for example the vendor's FAQ), or cite the vendor's own page instead.`,
  'source.linked-without-vendor-page.linked-from': ({ host, linkedFrom, vendors }) =>
    `"linked from" (${linkedFrom}) is not a page on the vendor's own site (${vendorList(vendors)}), ` +
    `so it cannot vouch for the document on ${host}. Set "linked from" to the vendor page that links this document.`,
  'source.lookalike': ({ host, unicodeHost, imitates, vendors }) =>
    `${host} (shown as ${unicodeHost}) imitates the vendor domain ${imitates}; it is not a vendor domain of this provider ` +
    `(${vendorList(vendors)}). Check where the link came from and cite the vendor's real page instead.`,
  'source.lookalike.mixed-scripts': ({ host, unicodeHost, vendors }) =>
    `${host} (shown as ${unicodeHost}) mixes letters from different alphabets in one name; it is not a vendor domain of this provider ` +
    `(${vendorList(vendors)}). Check where the link came from and cite the vendor's real page instead.`,
  'source.insecure-http': ({ host }) =>
    `The link to ${host} uses http:, not https:. It is accepted as the vendor's page, but change it to https:// if the page loads that way.`,
  'source.primary': ({ entry, from }) =>
    `${entry} is a vendor domain of this provider (from the field "${label(from)}").`,
  'source.linked': ({ host, linkedFrom }) =>
    `${host} is a third-party document linked from the vendor page ${linkedFrom}.`,
  'source.no-report': () => 'No report linked: the entry is text only.',
  'source.language.not-tags': ({ value }) =>
    `"${value}" is not a language. Write language tags separated by commas, such as "en" or "fr-FR, fr"; empty means German first.`,
  'vendor-domain.not-a-host': ({ value }) =>
    `"${value}" is not a host name. Write it like getsession.org or github.com/your-org.`,
  'vendor-domain.shared-no-prefix': ({ host }) =>
    `${host} is shared by many vendors and a path cannot tell one vendor's pages apart there. Cite the vendor's own page instead.`,
  'vendor-domain.shared-too-short': ({ host, count }) =>
    `${host} is shared by many vendors; a prefix there needs at least ${count} path segments naming the vendor.`,
  'vendor-domain.shared-host': ({ host, hints }) =>
    `${host} is shared by many vendors and can never be a vendor domain as a whole. ` +
    (hints.length > 0
      ? `Add the vendor's own part instead, like ${hints.join(' or ')}.`
      : "Cite the vendor's own page instead."),
  'vendor-domain.public-suffix': ({ host }) =>
    `${host} is a public suffix shared by many sites and can never be a vendor domain. Add the vendor's own name under it, like <vendor>.${host}.`,
  'datasheet.mismatch.row': ({ label, row, field, fieldValue }) =>
    `The Datenblatt row "${label}" says "${row}", as on the imported page, but ${stated(field, fieldValue)}. Make them agree: correct the field, then clear the row's kept value so the row follows the field.`,
  'datasheet.mismatch.legal-link': ({ label, text, field, fieldValue }) =>
    `The legal link "${label}" reads "${text}", as on the imported page, but ${stated(field, fieldValue)}. Correct the field, then clear the link's kept text so it follows the field.`,
  'text.obfuscated-email': ({ field, placeholder }) =>
    `The text in "${label(field)}" contains "${placeholder}", a placeholder left by copying a page that hides e-mail addresses from scrapers. Replace it with the real address from the vendor's page, or remove it.`,
  'text.unsafe-link': ({ url, scheme }) =>
    `The link "${url}" starts with ${scheme}; the page accepts only https:, http: and mailto: links and anchors (#…), because other kinds of address can run code in readers' browsers. Replace it with the https:// address of the vendor's page, or remove it.`,
  'text.unsafe-html': ({ element }) =>
    `The text contains the HTML element <${element}>, which can run code, load other sites' content or redirect links on the page. Remove it; a link to the vendor's page is enough to refer to it.`,
  'text.unsafe-html.attribute': ({ element, attribute }) =>
    `The HTML element <${element}> in the text has the attribute "${attribute}", which can run code or load other sites' content on the page. Remove the attribute.`,
  'field.missing': ({ field }) =>
    `The field "${label(field)}" is empty, and a published provider page needs it. Fill it in before approval.`,
  'section.empty': ({ section }) =>
    `The section "${section}" is empty: the page would show it without content. Write it from the vendor's primary sources, or note there what they leave open.`,
  'field.unknown-value': ({ field, value, options }) =>
    `The field "${label(field)}" has the value "${value}" from the imported page, which is none of the values the page writes there (${options.join(', ')}). It is kept and exported as it is until you pick one of the options in the field (${options.map((choice) => option(field, choice)).join(', ')}).`,
  'provider.stale': ({ updated, staleOn }) =>
    `The profile was last approved on ${date(updated)} and has been due for review since ${date(staleOn)}. Check its sources again and approve a new revision.`,
  'provider.due-soon': ({ updated, staleOn, daysLeft }) =>
    `The profile was last approved on ${date(updated)} and is due for review on ${date(staleOn)} (in ${daysLeft} days).`,
  'evidence.url-not-cited': ({ url }) =>
    `${url} is not a source or audit report of this revision. Evidence quotes one of the documents the profile cites: add the source, or choose one of those there.`,
  'evidence.no-snapshot': ({ url }) =>
    `There is no stored text of ${url} yet to find the quote in. Save the source, run the source watch ("provider-desk watch") and anchor the quote then.`,
  'evidence.quote-not-found': ({ url, fetchedAt }) =>
    `The quote is not in the document ${url} (as fetched ${date(fetchedAt)}). Copy the passage verbatim from the document's stored text; whitespace, quotes and case do not matter.`,
  'evidence.fetch-blocked': ({ url }) =>
    `${url} was not fetched: the address or a redirect leads outside the public network, and the desk never fetches such addresses. Cite the vendor's public page at its https:// address.`,
  'evidence.fetch-http': ({ url, status }) =>
    `${url} could not be fetched for the quote: the server answered HTTP ${status}${status === 404 ? ' (page not found)' : ''}. Check the address in a browser, correct the source, then save the quote again.`,
  'evidence.fetch-failed': ({ url, reason }) =>
    `${url} could not be fetched for the quote: ${
      {
        timeout: 'the server did not answer in time. Try again later.',
        unreachable: 'the server could not be reached. Check the address and try again later.',
        tls: 'its certificate is not valid. Cite the page at an address with a valid certificate.',
        'too-large':
          "the document is larger than 5 MB. Cite the vendor's page that holds the passage itself.",
        'not-a-document':
          'the address gives neither a web page nor text nor a PDF. Cite the page that holds the passage itself.',
        'no-text':
          'no text could be read from the document. Cite the page that holds the passage as text.',
      }[reason]
    }`,
  'evidence.edited': ({ claim, before, after }) =>
    `The passage "${claim}" rests on has changed. Approved: "${before}" – now: "${after}". Check the statement and anchor the quote anew, or change the statement.`,
  'evidence.vanished': ({ claim, before, candidate }) =>
    `The passage "${claim}" rests on is no longer in the document. Approved: "${before}"${candidate ? ` – closest now: "${candidate}"` : ''}. Find the new evidence or change the statement.`,
  'claim.unsupported': ({ field, row }) =>
    `The statement "${label(field)}" (Datenblatt row "${row}") has no evidence. Under "Evidence", add the passage of one of the vendor's sources it rests on, with "${row}" as the claim, so that the source watch can check it.`,
  'claim.unsupported.grouped': ({ count, labels }) =>
    `${count} Datenblatt ${count === 1 ? 'statement' : 'statements'} without evidence: ${labels.join(', ')}.`,
  'source.changed': ({ removedLines, addedLines }) =>
    `The vendor changed this page since the profile's last approval (${removedLines} line(s) removed, ${addedLines} added). Check that the profile still says what the page says, then approve a new revision.`,
  'source.moved': ({ finalUrl }) =>
    `The page now redirects to ${finalUrl}, still on the vendor's domains. Cite the new address.`,
  'source.redirect-rejected': ({ finalUrl, vendors }) =>
    `The page now redirects to ${finalUrl}, which is not a primary source of this vendor (${vendorList(vendors)}). Cite the vendor's own page instead, or remove the citation.`,
  'source.unreachable': ({ failureCount, reason }) =>
    `The last ${failureCount} checks of this page failed (${reasonIn(en, reason) || 'no answer'}). Check that it still exists; cite its new address if it moved.`,
  'source.blocked': ({ reason }) =>
    `The watch refused to fetch this page: ${reasonIn(en, reason) || 'its address is not public'}. A vendor page never lives on a private address; check the citation.`,
  'source.link-gone': ({ linkedFrom }) =>
    `The vendor page ${linkedFrom} no longer links to this document. Without the vendor's link it is not a source; find where the vendor links it now, or remove the citation.`,
  'review.not-editor.edit': () =>
    "Only editors change a provider's content. As a reviewer, approve the revision or request changes with a comment.",
  'review.not-editor.submit': () =>
    'Only editors submit a provider for review or take it back to draft.',
  'review.not-reviewer.approve': () => 'Only users with the reviewer role approve a revision.',
  'review.not-reviewer.request-changes': () =>
    'Only users with the reviewer role request changes to a revision.',
  'review.wrong-state': ({ state }) =>
    `Only a revision in review can be approved or sent back; this one is "${stateNames[state]}". An editor submits it first (review state "in review").`,
  'review.comment-required': () =>
    'Say what needs to change: requesting changes needs a review comment.',
  'review.own-edit': () =>
    'You edited this revision, so you cannot approve it (four eyes). Another reviewer who did not edit it has to approve it.',
  'review.one-at-a-time': () =>
    'Approve one provider at a time (PATCH /api/providers/:id); an approval publishes it.',
  'review.error-findings': ({ count, findings }) =>
    [
      `This revision cannot be approved while the provider has ${count} error finding(s). Fix them first:`,
      ...findings.map((line) => `- ${line}`),
    ].join('\n'),
  'review.submit-error-findings': ({ count, findings }) =>
    [
      `This revision cannot be submitted while the provider has ${count} error finding(s). The draft is saved; fix them first:`,
      ...findings.map((line) => `- ${line}`),
    ].join('\n'),
  'review.publish-without-approval': () =>
    'Only an approval publishes a provider. Submit the revision for review (review state "in review"); a reviewer who did not edit it approves it, and that publishes it.',
  'review.revision-missing': () =>
    'Say which revision you approve: send "approvedRevision" with the updatedAt of the draft you reviewed (the admin\'s "Freigeben" does this).',
  'review.revision-outdated': ({ approvedRevision, latest }) =>
    `The draft changed after you loaded it (you reviewed the revision of ${date(approvedRevision)}, the latest is of ${date(latest)}). Reload it and review again before approving.`,
  'review.approved-meanwhile': ({ at }) =>
    `This revision has been approved meanwhile (${date(at)}) by someone else from review. Reload the profile; it needs no second approval.`,
  'review.assign-forbidden': () => 'Only editors, reviewers and admins assign a reviewer.',
  'review.provider-missing': () => 'This provider does not exist (any more). Reload the list.',
  'review.assign-not-reviewer': () =>
    'Only a person with the reviewer role can be responsible for the review. Pick someone from the list.',
  'review.assign-editor': ({ name }) =>
    `${name} edited this revision and may not review it (four eyes). Pick another reviewer.`,
  'review.assigned': () => 'Reviewer assigned.',
  'review.restore-as-draft': () =>
    'Restoring a version never publishes or unpublishes: restore it as a draft (REST ?draft=true, GraphQL draft: true). The restored content then goes through review like any edit.',
  'cli.severity.error': () => 'error',
  'cli.severity.warning': () => 'warning',
  'cli.usage.unknown-option': ({ option, usage }) => `Unknown option '${option}'.\nUsage: ${usage}`,
  'cli.usage.bad-value': ({ option, usage }) =>
    `The option '${option}' is missing its value (or it does not fit).\nUsage: ${usage}`,
  'cli.usage.unexpected-argument': ({ argument, usage }) =>
    `Unexpected argument '${argument}': this command takes no arguments without an option.\nUsage: ${usage}`,
  'cli.usage.other': ({ detail, usage }) =>
    `The command line cannot be read: ${detail}\nUsage: ${usage}`,
  'cli.usage.bad-lang': ({ value }) => `--lang takes de or en, not "${value}".`,
  'cli.import.no-files': ({ usage }) => `Name at least one page file or folder.\nUsage: ${usage}`,
  'cli.import.progress': ({ done, total, file }) => `Importing ${done}/${total} ${file}`,
  'cli.lint.no-findings': ({ slug }) => `${slug}: no findings`,
  'cli.lint.unknown-slug': ({ slug }) =>
    `There is no provider with the slug "${slug}". Run provider-desk lint without --provider to see them all.`,
  'cli.lint.unrecorded': ({ slug, versionId }) =>
    `${slug}: error   the published version ${versionId} has no approval record: it reached the site without a recorded approval. Review it and approve it again.`,
  'cli.lint.summary': ({ providers, errors }) => `${providers} provider(s), ${errors} error(s).`,
  'cli.import.imported': ({ file, slug }) => `imported ${file} → ${slug}`,
  'cli.import.findings': ({ count, summary }) => ` (${count} findings: ${summary})`,
  'cli.import.failed': ({ file, error }) => `FAILED   ${file}: ${error}`,
  'cli.import.summary': ({ imported, failed }) => `${imported} imported, ${failed} failed.`,
  'cli.seed.seeded': ({ slug }) => `seeded ${slug}`,
  'cli.export.no-target': ({ usage }) =>
    `Say where the site is: --out DIR, or set SITE_DIR.\nUsage: ${usage}`,
  'cli.export.commit-conflict': ({ usage }) =>
    `Give --commit or --no-commit, not both.\nUsage: ${usage}`,
  'cli.export.progress': ({ done, total }) => `Exporting ${done}/${total}`,
  'cli.export.wrote': ({ file }) => `wrote   ${file}`,
  'cli.export.removed': ({ file }) => `removed ${file}`,
  'cli.export.summary': ({ written, unchanged, removed, durationMs, commit, exportId, status }) =>
    `${written} written, ${unchanged} unchanged, ${removed} removed (${durationMs} ms)${commit ? `, committed ${commit}` : ''}; export ${exportId} ${status}.`,
  'cli.export.out-of-date': () => 'The site is out of date:',
  'cli.export.would-write': ({ file }) => `  would write  ${file}`,
  'cli.export.would-remove': ({ file }) => `  would remove ${file}`,
  'cli.export.awaiting': ({ count, slugs }) =>
    `${count} ${count === 1 ? 'page taken over waits' : 'pages taken over wait'} for the first approval and ${count === 1 ? 'was' : 'were'} not written (the site keeps its file): ${slugs.join(', ')}`,
  'cli.export.up-to-date': ({ unchanged }) => `The site is up to date (${unchanged} pages).`,
  'cli.remind.bad-now': ({ value, usage }) =>
    `--now takes a calendar date as YYYY-MM-DD, e.g. --now 2026-11-23 (got "${value}")\nUsage: ${usage}`,
  'cli.remind.progress': () => 'Scanning providers and sending reminders …',
  'cli.remind.dry-run': ({ day, count }) =>
    `Dry run for ${date(day)}: would send ${count} digest(s); nothing was sent or written.`,
  'cli.remind.sent': ({ sent, failed, skipped }) =>
    `Sent ${sent} digest(s), ${failed} failed, ${skipped} provider(s) skipped (mailed within 7 days or being retried).`,
  'cli.remind.sources-changed': ({ sources }) => `sources changed: ${sources.join(', ')}`,
  'cli.remind.failed': ({ to, error }) => `  FAILED ${to}: ${error}`,
  'cli.watch.unknown-slug': ({ slug }) =>
    `There is no provider with the slug "${slug}". Run provider-desk watch without --provider to watch every cited source.`,
  'cli.watch.progress-one': ({ slug }) => `Watching the sources of ${slug} …`,
  'cli.watch.progress-all': () => 'Watching every cited source …',
  'cli.watch.host-done': ({ host, total }) => `${host}: ${total} source(s) checked`,
  'cli.watch.totals': (counts) =>
    `${counts.sources} source(s): ${counts.new} new, ${counts.unchanged} unchanged, ${counts.changed} changed, ${counts.moved} moved, ${counts.failed} failed, ${counts.blocked} blocked.`,
  'cli.watch.cited-by': ({ providers }) => `cited by ${providers.join(', ')}`,
  'cli.user.created': ({ email, roles }) => `User ${email} created with roles ${roles.join(', ')}.`,
  'cli.user.updated': ({ email, roles }) => `User ${email} updated with roles ${roles.join(', ')}.`,
  'http.method': ({ method }) =>
    `The API has no method ${method}; use GET, POST, PATCH, PUT or DELETE.`,
  'http.bad-number': ({ name }) =>
    `"${name}" must be a whole number of at most nine digits, for example ${name}=2.`,
  'http.no-boundary': () =>
    'The Content-Type "multipart/form-data" lacks its "boundary"; send form data as a browser does, or send JSON.',
  'http.too-deep': ({ limit }) =>
    `The JSON body nests deeper than ${limit} levels; the API does not take data that deep.`,
  'http.bad-path': () =>
    'The address holds an invalid percent-encoding (such as "%zz" or a cut-off character). Encode special characters in UTF-8 as %XX with two hex digits.',
  'auth.team-only': () => 'Log in as a member of the editorial team.',
  'auth.reset-requested': () =>
    'If an account exists for this address, an e-mail with a link to reset the password arrives within a few minutes.',
  'auth.reset-email-invalid': () =>
    'Give the e-mail address of your account, for example {"email": "name@example.org"}.',
  'auth.reset-rest-only': () =>
    'Request a new password with POST /api/users/forgot-password or "Forgot password?" on the login page.',
  'auth.password-too-short': ({ min }) =>
    `The password is too short. It needs at least ${min} characters; a sentence of several words is best.`,
  'graphql.too-deep': ({ depth, limit }) =>
    `The query is ${depth} levels deep; at most ${limit} are allowed. Ask for nested data in several queries.`,
  'graphql.too-many-aliases': ({ count, limit }) =>
    `The query has ${count} aliases; at most ${limit} are allowed. Split it into several queries.`,
  'graphql.too-costly': ({ cost, limit }) =>
    `The query could return up to ${cost} fields; at most ${limit} are allowed. Select fewer fields or a smaller "limit" and page with "page".`,
  'export.bad-target.not-a-folder': ({ siteDir }) =>
    `The export target ${siteDir} is not a folder. Point SITE_DIR (or --out) at the site's repository checkout.`,
  'export.bad-target.not-writable': ({ siteDir }) =>
    `The export target ${siteDir} is not writable. Check its permissions.`,
  'export.bad-manifest': ({ file, reason }) =>
    `${file} is not a provider-desk export manifest (${reason}). Restore it from git, or delete it to start over (the next export then rewrites every page it owns).`,
  'export.busy': ({ startedAt }) =>
    `An export is already running, since ${date(startedAt)}. Wait for it to finish and try again.`,
  'export.git.not-a-work-tree': ({ siteDir }) =>
    `No commit made: ${siteDir} is not a git work tree. Run "git init" there (or point SITE_DIR at the site's checkout), or set EXPORT_GIT_COMMIT=false.`,
  'export.git.failed': ({ exitCode }) =>
    `Committing the exported pages failed (git exited with ${exitCode}). The pages are written but not committed; the server log has git's output.`,
  'export.failed': ({ exportId }) =>
    `The export failed unexpectedly (export ${exportId}); the server log has the details.`,
  'export.page-failed': ({ path, errorCode }) =>
    `${path} could not be written (${errorCode}${errorCode === 'ENAMETOOLONG' ? ': the slug is too long for a file name' : ''}); every other page was exported. Fix the provider's slug or the site folder's permissions and export again.`,
  'export.page-symlink': ({ path }) =>
    `${path} was not written: the way there passes through a symbolic link, and the export writes only inside the site folder. Replace the link in the site's repository with a real folder and export again.`,
  'export.interrupted': () =>
    'This export stopped without finishing (the process running it ended). Nothing of it is committed; run the export again.',
  'export.not-started': () =>
    'The export job did not start; the server log has the details. Try again.',
  'export.login-required': () => 'Log in as a publisher or admin.',
  'export.forbidden': () => 'Only publishers and admins may preview or run an export.',
  'export.no-site-dir': () =>
    "SITE_DIR is not set, so there is nothing to export to. Set SITE_DIR to the site repository's checkout (see .env.example) and restart the server.",
  'export.request-failed': () => 'The export failed unexpectedly; the server log has the details.',
  'export.bad-request': () => 'The body must be empty or {"prune": true|false}.',
  'export.started': () => 'Export started.',
  'provider.not-published': ({ id }) =>
    `Provider ${id} has no published version yet; add ?draft=true for a preview of the draft.`,
  'page.crlf-line-endings': () => 'the page uses CRLF line endings; only LF is supported',
  'page.unsupported-frontmatter': ({ fence }) =>
    `unsupported frontmatter fence "${fence}": only a YAML block opened by "---" is read`,
  'page.no-frontmatter': () => 'the page does not start with a "---" frontmatter block',
  'page.unclosed-frontmatter': () => 'the frontmatter block is never closed by a "---" line',
  'page.bad-yaml': ({ detail }) => `invalid YAML in frontmatter: ${detail}`,
  'page.frontmatter-not-mapping': () => 'the frontmatter must be a mapping of keys to values',
  'page.key-not-scalar': () => 'frontmatter keys must be plain scalars',
  'page.forbidden-key': ({ key }) => `frontmatter key "${key}" is not allowed`,
  'markdown.unsupported': ({ what }) =>
    `markdown construct not supported by the Slate codec: ${unsupported(what)}`,
  'file.unreadable': ({ detail }) => `cannot read the file: ${detail}`,
  'file.too-large': ({ size, limit }) => `the file has ${size}; a page may have at most ${limit}`,
  'file.binary': () => 'the file holds binary data (NUL bytes), not a markdown page',
  'file.not-utf8': () => 'the file is not valid UTF-8 text; save it as UTF-8',
  'provider.not-found': ({ id }) => `No provider with id ${id}.`,
  'findings.bad-request': () =>
    'The request body must be a JSON object {"revision": {…}} holding the form\'s fields.',
  'watch.held-back': ({ length, storedLength }) =>
    `held back: ${length} characters instead of ${storedLength}; taken as the document if the next run finds the same text`,
  'watch.not-stored': ({ detail }) => `could not be stored: ${detail}`,
  'watch.redirects': ({ finalUrl }) => `redirects to ${finalUrl}`,
  'watch.redirects-off-vendor': ({ finalUrl }) =>
    `redirects to ${finalUrl}, off the vendor's domains`,
  'watch.new-baseline': () =>
    'new baseline: the selectors, the language asked for or the text extraction changed',
  'watch.blocked': ({ address, range }) => `${address} is not a public address (${range})`,
  'watch.blocked.resolves': ({ host, address, range }) =>
    `${host} resolves to ${address}, not a public address (${range})`,
  'watch.bad-url': ({ url }) => `not a URL: ${url}`,
  'watch.unsupported-protocol': ({ protocol }) =>
    `only http and https are fetched, not ${protocol}`,
  'watch.too-many-redirects': ({ maxRedirects }) => `more than ${maxRedirects} redirects`,
  'watch.no-answer': ({ ms }) => `no answer within ${ms} ms`,
  'watch.unresolved': ({ detail }) => detail,
  'watch.timeout': ({ detail }) => detail,
  'watch.network': ({ code, detail }) => `${code}: ${detail}`,
  'watch.tls': ({ code, detail }) => `${code}: ${detail}`,
  'watch.bad-redirect': ({ location }) => `redirect to an invalid URL: ${location}`,
  'watch.unexpected-304': () =>
    'HTTP 304 to a request without validators (If-None-Match, If-Modified-Since)',
  'watch.http-error': ({ status }) => `HTTP ${status}`,
  'watch.unsupported-type': ({ contentType }) =>
    `${contentType || 'no content type'} is not HTML, plain text or PDF`,
  'watch.too-large': ({ maxBytes }) => `larger than ${maxBytes} bytes`,
  'watch.unreadable': ({ name, detail }) => `${name}: ${detail}`,
  'watch.too-deep': ({ maxDepth }) => `the page nests more than ${maxDepth} elements`,
  'watch.too-many-pages': ({ pages, maxPages }) =>
    `the PDF has ${pages} pages, more than ${maxPages}`,
  'watch.selectors-no-text': ({ selectors }) =>
    `the selectors ${selectors.join(', ')} match no text`,
  'watch.no-text': () => 'the document has no text',
  'watch.inflated': ({ maxMb }) => `extraction inflated more than ${maxMb} MB`,
  'watch.out-of-memory': ({ maxMb }) => `extraction needed more than ${maxMb} MB of memory`,
  'watch.too-slow': ({ seconds }) => `extraction took longer than ${seconds} s`,
  'input.control-characters': ({ name }) =>
    `"${name}" must not contain line breaks, tabs or other control characters.`,
  'input.format-character': ({ name, character }) =>
    `"${name}" holds an invisible format character (${character}, such as a reversal of the writing direction or a zero-width character). Delete it: type the text anew instead of pasting it.`,
  'input.slug': ({ maxLength, length }) =>
    `The slug may hold only a–z, 0–9 and "-" and be at most ${maxLength} characters long (this one has ${length}).`,
  'input.where.geo-operator': ({ where, operator, path, fieldType }) =>
    `${where}: the operator "${operator}" applies to point fields only; "${path}" is a ${fieldType} field.`,
  'input.where.date': ({ where, path }) =>
    `${where}: "${path}" is a date field; give a date such as 2026-01-21 or 2026-01-21T08:00:00Z.`,
  'input.wrong-kind': ({ path, kind }) => `"${path}" must be ${kindNames[kind]}.`,
  'input.not-an-option': ({ path, options }) =>
    `"${path}" must be one of the allowed values: ${options.join(', ')}.`,
  'input.out-of-range': ({ path, min, max }) =>
    `"${path}" must be between ${min.toLocaleString('en-GB')} and ${max.toLocaleString('en-GB')}.`,
}
