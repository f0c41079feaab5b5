import { renderIcu, type IcuParams, type ParamValue, type Params } from './icu.js';

/**
 * Every reason the API gives for a refusal, with its English template (ICU MessageFormat, named
 * params). A refusal carries its reason code and params in `extensions.reason` and
 * `extensions.params` (and each entry of `extensions.fields` its own), so that a client can say it
 * in any language from the same params; `message` is the English template rendered here.
 *
 * Codes are `<domain>.<what>` in lower camel case and never change meaning once published (add a
 * new code instead). Params: numbers are numbers; money is a decimal string with its ISO 4217 code
 * in a `currency` param; dates are `YYYY-MM-DD`; statuses, actions and roles are codes (clients
 * translate them as they do elsewhere); a list is an array (LIST_STYLES says how it reads). A
 * small closed set of wordings (a JSON type, a file format) is an ICU `select` in the template.
 * `scripts/refusals-catalogue.mjs` writes this registry as the web app's message catalogue.
 */
export const REASONS = {
  // ---- any field of any input (field readers, input rules, class-validator, scalars) ----
  'field.required': 'is required',
  'field.notNull': 'must not be null',
  'field.empty': 'must not be empty',
  'field.notText': 'must be text',
  'field.tooLong': 'must be at most {max} characters',
  'field.tooLongHas': 'must be at most {max} characters (it has {length})',
  'field.tooShort': 'must be at least {min} characters',
  'field.lengthOutOfRange': 'must be {min} to {max} characters',
  'field.containsNul': 'must not contain the NUL character (U+0000)',
  'field.loneSurrogate': 'must be valid Unicode (it contains half of a surrogate pair)',
  'field.itemsContainNul': 'items must not contain the NUL character (U+0000)',
  'field.itemsLoneSurrogate': 'items must be valid Unicode (it contains half of a surrogate pair)',
  'field.notList': 'must be a list (or text separated by ";" or ",")',
  'field.notTextList': 'must be a list of texts',
  'field.tooManyItems': 'must have at most {max} items',
  'field.itemTooLong': 'items must be at most {max} characters',
  'field.listLength':
    'must list 1 to {max} {items, select, needIds {need ids} notificationIds {notification ids} failedEmailIds {failed e-mail ids} tranches {tranches} budgetLines {budget lines} needs {needs} offers {offers} matches {matches} other {items}}',
  'field.unknownCodes':
    'unknown {kind, select, assistanceType {assistance type } thematicArea {thematic area } m49Area {M49 area } memberState {Member State } memberStateIso3 {Member State (ISO alpha-3) } regionalOrganisation {regional organisation } currency {ISO 4217 currency } other {}}code(s): {codes}',
  'field.notDate': 'must be a date written YYYY-MM-DD',
  'field.dateOutOfRange': 'must be between 0001-01-01 and 9999-12-31',
  'field.notAfterToday': 'must be after today ({today})',
  'field.endsBeforeStart': 'ends ({end}) before it starts ({start})',
  'field.notAmount': 'must be a positive decimal amount with a "." and at most 2 decimals, e.g. 250000.00',
  'field.notPositive': 'must be more than zero',
  'field.notGreaterThanZero': 'must be greater than zero',
  'field.notCurrencyCode': 'must be an ISO 4217 code such as USD',
  'field.unknownCurrency': 'unknown currency {currency}',
  'field.notOneOf': 'must be one of {choices}',
  'field.notInRange': 'must be from {min} to {max}',
  'field.notWholeNumberInRange': 'must be a whole number from {min} (highest) to {max}',
  'field.notBoolean': 'must be true or false',
  'field.notEmail': 'must be an e-mail address',
  'field.notUuid': 'must be an id (a UUID such as 3f2b8c1e-4d5a-4e6f-9a7b-0c1d2e3f4a5b)',
  'field.notIdOf': 'must be {kind, select, offer {an offer id} organisation {an organisation id} user {a user id} other {an id}}',
  'field.notIdsOf': 'must be {kind, select, need {need ids} organisation {organisation ids} other {ids}}',
  'field.notHttpLink': 'must be an http(s) link of at most {max} characters',
  'field.notMediaType': 'must be a media type such as application/pdf',
  'field.notDateTime': 'must be a date and time',
  'field.badFormat': 'is not written in the expected form',
  'field.notAField': 'is not a field of {type}.',
  'field.wrongType': 'must be a value of type {type}',
  'field.invalid': 'is not valid',
  'field.unknownAction': 'unknown action {action}',

  // ---- the scalars (LocalDate, DateTime, Decimal) ----
  'scalar.notLocalDate': '"{value}" is not a date; write it as YYYY-MM-DD',
  'scalar.dateOutOfRange': '"{value}" must be between 0001-01-01 and 9999-12-31',
  'scalar.notDecimal': '"{value}" is not a decimal number; write it as a string such as "1250.50"',
  'scalar.notDateTime': '"{value}" is not a date-time; write it as YYYY-MM-DDTHH:MM:SSZ or with an offset, e.g. 2026-03-01T09:30:00+01:00',
  'scalar.notRealDateTime': '"{value}" is not a real date and time; write it as YYYY-MM-DDTHH:MM:SSZ or with an offset, e.g. 2026-03-01T09:30:00+01:00',
  'scalar.impossibleOffset': '"{value}" has an impossible offset; write it as YYYY-MM-DDTHH:MM:SSZ or with an offset, e.g. 2026-03-01T09:30:00+01:00',
  'scalar.dateTimeOutOfRange': '"{value}" must be between 0001-01-01 and 9999-12-31 (in UTC)',
  'scalar.notString': '{type} must be given as a string',

  // ---- the request as a whole ----
  'input.invalid': '{count, plural, one {One value is not valid.} other {# values are not valid.}}',
  'input.tooManyProblems': 'More than {max} values are not valid; only the first {max} are listed.',
  'request.notParsed': 'The request cannot be read as a GraphQL operation.',
  'request.notValid': 'The request does not fit the schema of the API.',
  'request.malformed': 'The request is malformed.',
  'request.tooMany': 'Too many requests; try again later.',
  'server.internalError': 'An internal error occurred. It has been logged; please try again or report it.',
  'record.notFound': 'The record was not found.',
  'record.changedMeanwhile': 'Someone else changed this record since you loaded it; reload it and try again.',
  'record.duplicate': 'This conflicts with an existing record.',
  'record.collision': 'The change collided with another one made at the same time; try again.',
  'batch.noneChanged': 'None of the {records, select, needs {needs} offers {offers} matches {matches} other {records}} was changed.',
  'paging.notCursor': 'is not a cursor from this list; use pageInfo.endCursor',
  'paging.relevanceNeedsSearch': 'RELEVANCE needs a search text',

  // ---- signing in, sessions, access ----
  'auth.loginRequired': 'You need to log in to do this.',
  'auth.accountUnusable': 'This account cannot be used; log in again or ask an administrator.',
  'auth.sessionExpired': 'Your session has expired; refresh it or log in again.',
  'auth.invalidAccessToken': 'The access token is not valid; log in again.',
  'auth.invalidCredentials': 'E-mail or password is incorrect.',
  'auth.tooManyFailedLogins': 'Too many failed logins. Try again in {minutes, plural, one {# minute} other {# minutes}}, or ask an administrator for help.',
  'session.ended': 'Your session has ended; log in again.',
  'session.noCookie': 'You are not logged in on this browser; log in.',
  'session.cookieNeedsJsonPost': 'The session cookie is only accepted on a POST with Content-Type application/json.',
  'session.cookieNeedsOrigin': "The session cookie is only accepted from this site's own pages, and this request has no Origin header.",
  'session.cookieForeignOrigin': "The session cookie is only accepted from this site's own pages, not from {origin}.",
  'session.invalidRefreshToken': 'This refresh token is not valid; log in again.',
  'session.accountUnusable': 'This account cannot be used; ask an administrator.',
  'access.roleMissing': 'Your role does not allow this.',
  'access.needsOneOfRoles': 'This needs one of the roles {roles}.',
  'access.stateRoleMissing': 'You do not hold the role {roles} for the State {state}.',
  'access.organisationRoleMissing': 'You do not hold the role {roles} in organisation {organisationId}.',

  // ---- life cycles (workflow/state-machine.ts) and versions (workflow/versions.ts), per record type ----
  'need.actionNotPermitted': 'Only {permitted} may {action} a need.',
  'need.statusForbidsChange': 'Cannot {action} a need that is {status}; only one that is {allowedStatuses}.',
  'need.reasonRequired': 'is required to {action} a need',
  'need.staleVersion': 'This need was changed by someone else (version {version}, you had {expectedVersion}); reload it and try again.',
  'offer.actionNotPermitted': 'Only {permitted} may {action} an offer.',
  'offer.statusForbidsChange': 'Cannot {action} an offer that is {status}; only one that is {allowedStatuses}.',
  'offer.reasonRequired': 'is required to {action} an offer',
  'offer.staleVersion': 'This offer was changed by someone else (version {version}, you had {expectedVersion}); reload it and try again.',
  'match.actionNotPermitted': 'Only {permitted} may {action} a match.',
  'match.statusForbidsChange': 'Cannot {action} a match that is {status}; only one that is {allowedStatuses}.',
  'match.reasonRequired': 'is required to {action} a match',
  'match.staleVersion': 'This match was changed by someone else (version {version}, you had {expectedVersion}); reload it and try again.',
  'proposal.actionNotPermitted': 'Only {permitted} may {action} a proposal.',
  'proposal.statusForbidsChange': 'Cannot {action} a proposal that is {status}; only one that is {allowedStatuses}.',
  'proposal.reasonRequired': 'is required to {action} a proposal',
  'proposal.staleVersion': 'This proposal was changed by someone else (version {version}, you had {expectedVersion}); reload it and try again.',
  'contribution.actionNotPermitted': 'Only {permitted} may {action} a contribution.',
  'contribution.statusForbidsChange': 'Cannot {action} a contribution that is {status}; only one that is {allowedStatuses}.',
  'contribution.reasonRequired': 'is required to {action} a contribution',
  'contribution.staleVersion': 'This contribution was changed by someone else (version {version}, you had {expectedVersion}); reload it and try again.',

  // ---- identity: organisations, users, memberships, invitations ----
  'organisation.notFound': 'Organisation {id} was not found.',
  'organisation.stateRequired': 'is required for a {organisationType} organisation',
  'organisation.regionalCodeNotAllowed': 'only regional organisations and UN regional centres have one',
  'organisation.unknownRegionalCode': 'unknown code {code}',
  'organisation.regionalCodeRequired': 'is required for a UN regional centre (UNREC, UNLIREC or UNRCPD)',
  'organisation.stateHasOne': 'The Member State {state} already has its organisation.',
  'organisation.nameTaken': 'An organisation named "{name}" already exists.',
  'organisation.membersHidden': 'Only administrators and members of this organisation can see its members.',
  'organisation.notDonor': 'a {organisationType} organisation is not a donor',
  'organisation.makesNoOffers': 'a {organisationType} organisation does not make offers',
  'user.notFound': 'User {id} was not found.',
  'user.notTimeZone': 'must be an IANA time zone such as Africa/Accra',
  'user.statusNotSettable': 'can only be set to ACTIVE or DISABLED',
  'user.cannotDisableSelf': 'You cannot disable your own account.',
  'user.invitationNotAccepted': 'This person has not accepted the invitation yet; send a new invitation instead.',
  'user.othersHidden': "Only administrators can see other people's accounts.",
  'user.alreadyAdministrator': '{email} is already an administrator.',
  'membership.notFound': 'Membership {id} was not found.',
  'membership.lastAdministrator': 'This is the last administrator; appoint another one first.',
  'password.length': 'must be {min} to {max} characters long',
  'password.containsEmailName': 'must not contain your e-mail name',
  'export.linkNotGenuine': 'This is not a valid download link: download again from the list in the marketplace.',
  'export.linkExpired': 'This download link expired at {expiredAt}; download again from the list in the marketplace.',
  'invitation.notGenuine': 'is not a valid invitation link: copy the whole link from the e-mail, or ask an administrator for a new one',
  'invitation.expired': 'This invitation has expired; ask an administrator to invite you again.',
  'invitation.used': 'This invitation has already been used; log in with your e-mail address and password.',
  'invitation.revoked': 'This invitation was withdrawn or replaced by a newer one; open the latest invitation you received, or ask an administrator.',
  'invitation.noSuchOrganisation': 'no organisation has this id',
  'invitation.roleNotAllowed': 'a {organisationType} organisation cannot have members with the role {role}',
  'invitation.accountDisabled': 'The account of {email} is disabled; enable it before granting roles.',
  'invitation.alreadyHoldsRole': '{email} already holds the role {role} in {organisation}.',

  // ---- reference data ----
  'memberState.notFound': 'Member State {iso3} was not found.',
  'exchangeRate.usdIsOne': 'the US dollar is worth 1 USD by definition',

  // ---- notifications ----
  'notification.notFound': 'Notification {id} was not found.',
  'notification.urgentCategory': '{category} notifications are urgent: they are always sent at once and cannot be put in a digest or turned off',

  // ---- needs, national reports and their import ----
  'need.notFound': 'Need {id} was not found.',
  'need.writeForbidden': 'Only the NPCs of {state} can write its needs.',
  'need.changeForbidden': 'Only the NPCs of {state} can change its needs.',
  'need.reconfirmForbidden': 'Only the NPCs of {state} can reconfirm its needs.',
  'need.translateForbidden': 'Only the NPCs of {state} and UNODA can translate its needs.',
  'need.notEditable': 'A {status} need cannot be edited; it can be while {editableStatuses}.',
  'need.reconfirmNotPublished': 'Only a published need can be reconfirmed; this one is {status}{status, select, EXPIRED { (reopen it instead)} other {}}.',
  'need.originalLanguage': "is the need's original language; edit the need instead",
  'need.budgetCurrencyRequired': 'is required with a budget amount',
  'need.budgetAmountRequired': 'is required with a budget currency',
  'nationalReport.listForbidden': 'Only the NPCs of {state} and UNODA can list its national reports.',
  'nationalReport.importForbidden': 'Only the NPCs of {state} can import its national reports.',
  'import.notImported': 'The file was not imported: {count, plural, one {# problem} other {# problems}}, nothing written.',
  'import.otherState': 'the file is the report of {fileState}, not of {state}',
  'import.metaMismatch': 'the file says {inFile} but the import was asked for {asked}',
  'import.instrument': 'must be POA or ITI (in the file, or given with the import)',
  'import.year': 'must be a reporting year from 2001 to {max}',
  'import.language': 'must be one of ar, zh, en, fr, ru, es',
  'import.sourceReference': 'must be a text of at most {max} characters',
  'import.refRequired': 'is required: a reference of the need within the report',
  'import.refTaken': '{ref} is already used by row {row}',
  'import.leftAlone': 'need {ref} is {status}: left as it is (edit it in the platform)',

  // ---- the import file as a whole (needs/import/parse-report-file.ts) ----
  'importFile.unknownFormat': 'Unknown file format "{format}": use JSON, CSV or XLSX.',
  'importFile.empty': 'The file is empty.',
  'importFile.tooLarge':
    'The file is too large: {size} MB ({bytes} bytes), and an import takes at most {maxSize} MB ({maxBytes} bytes). Split the needs into several files.',
  'importFile.tooManyRows': 'The file has more than {max} needs, the most one import takes. Split the needs into several files.',
  'importFile.workbookNotText':
    'The file is not {format} text: it looks like an Excel workbook. Import it with the format XLSX, or save it as {format, select, CSV {"CSV UTF-8 (Comma delimited)"} other {JSON}}.',
  'importFile.utf16':
    'The file is UTF-16 text; the import reads UTF-8 only. Save it as UTF-8{format, select, CSV { (in Excel: "CSV UTF-8 (Comma delimited)")} other {}}.',
  'importFile.nulByte': 'The file is not {format} text: it contains a NUL byte (at byte {byte}, line {line}).',
  'importFile.notUtf8':
    'The file is not valid UTF-8 text (first at line {line}); it was probably saved in another encoding such as Windows-1252. Save it as UTF-8{format, select, CSV { (in Excel: "CSV UTF-8 (Comma delimited)")} other {}}.',
  'importFile.cellUnstorable':
    'Row {row}, {column}: the value {problem, select, nul {must not contain the NUL character (U+0000)} other {must be valid Unicode (it contains half of a surrogate pair)}}.',
  'importFile.reportValueUnstorable':
    'Report {key}: the value {problem, select, nul {must not contain the NUL character (U+0000)} other {must be valid Unicode (it contains half of a surrogate pair)}}.',
  'importFile.notJson': 'The file is not valid JSON ({detail}).',
  'importFile.notJsonAt': 'The file is not valid JSON at line {line}, column {column} ({detail}).',
  'importFile.jsonNotObject':
    'The JSON file must hold an object {shape}, not {found, select, null {null} list {a list} object {an object} string {a string} number {a number} boolean {a boolean} other {{found}}}.',
  'importFile.jsonUnknownTopKeys': 'The JSON file has unknown key(s) {keys} at the top; known: {known}.',
  'importFile.jsonNoFormat': 'The JSON file has no "format"; it must be "{expected}".',
  'importFile.jsonWrongFormat': 'The JSON file\'s "format" is {given}; this import reads "{expected}".',
  'importFile.jsonReportNotObject':
    '"report" must be an object, not {found, select, null {null} list {a list} object {an object} string {a string} number {a number} boolean {a boolean} other {{found}}}.',
  'importFile.jsonReportUnknownKey': '"report" has an unknown key "{key}"; known: {known}.',
  'importFile.jsonNoNeeds': 'The JSON file has no "needs" list.',
  'importFile.jsonNeedsNotList':
    '"needs" must be a list, not {found, select, null {null} list {a list} object {an object} string {a string} number {a number} boolean {a boolean} other {{found}}}.',
  'importFile.jsonNeedsEmpty': 'The file contains no needs: "needs" is empty.',
  'importFile.jsonNeedNotObject':
    'needs[{index}] (need {number}) must be an object, not {found, select, null {null} list {a list} object {an object} string {a string} number {a number} boolean {a boolean} other {{found}}}.',
  'importFile.jsonNeedUnknownKey': 'needs[{index}] (need {number}) has an unknown key "{key}"; known: {known}.',
  'importFile.jsonNeedUnknownKeyHint': 'needs[{index}] (need {number}) has an unknown key "{key}" (did you mean "{hint}"?); known: {known}.',
  'importFile.jsonPartNotObject':
    'needs[{index}] (need {number}).{part} must be an object {shape} or null, not {found, select, null {null} list {a list} object {an object} string {a string} number {a number} boolean {a boolean} other {{found}}}.',
  'importFile.jsonPartUnknownKey': 'needs[{index}] (need {number}).{part} has an unknown key "{key}"; known: {known}.',
  'importFile.noHeaderRow': '{format, select, CSV {The file} other {sheet "{sheet}"}} has no header row (it holds no text at all).',
  'importFile.unnamedColumn':
    'Row {row} has a value in column {column}, which has no name in the header row (row {headerRow}).{format, select, CSV { If a text holds commas, put it in double quotes.} other { Remove it or give the column a name.}}',
  'importFile.noRows': '{format, select, CSV {The file} other {sheet "{sheet}"}} has a header row but no needs: write one need per row below the header.',
  'importFile.headerSeparator':
    'The header row (row {row}) seems to separate its columns with "{separator}"; the import reads commas. In Excel, save as "CSV UTF-8 (Comma delimited)".',
  'importFile.noHeaderNames':
    'Row {row}{format, select, CSV {} other { of sheet "{sheet}"}} should be the header row with the column names, but none of its cells is a column name. Put the header row first; the column names are: {known}.',
  'importFile.duplicateColumns': 'The header row (row {row}{format, select, CSV {} other { of sheet "{sheet}"}}) names a column more than once: {names}.',
  'importFile.unknownColumns':
    'The header row (row {row}{format, select, CSV {} other { of sheet "{sheet}"}}) has unknown column name(s): {columns}. The column names are (in any order, upper or lower case): {known}.',
  'importFile.missingColumns':
    'The header row (row {row}{format, select, CSV {} other { of sheet "{sheet}"}}) has no {columns} column; every file needs the columns "ref" (the need\'s reference in the report) and "title".',
  'importFile.csvSyntax': 'The CSV file cannot be read at row {row} (line {line} of the file): {detail}.',
  'importFile.oldWorkbook':
    'The file is an old-style Excel workbook (.xls) or a password-protected one. Save it as "Excel Workbook (.xlsx)" without a password.',
  'importFile.notWorkbook':
    'The file is not an Excel workbook (.xlsx): it does not start like one.{looksLike, select, JSON { It looks like JSON: import it with the format JSON.} CSV { It looks like CSV: import it with the format CSV.} other {}}',
  'importFile.workbookUnreadable': 'The Excel workbook cannot be read: {detail}.',
  'importFile.workbookBroken': 'The Excel workbook cannot be read ({detail}). Open it in Excel and save it again as "Excel Workbook (.xlsx)".',
  'importFile.noWorksheets':
    'The file holds no worksheets: it is not an Excel workbook (.xlsx). Save it from your spreadsheet program as "Excel Workbook (.xlsx)".',
  'importFile.noNeedsSheet': 'The Excel workbook has no sheet "Needs" (nor any other sheet than "Report").',
  'importFile.reportSheetColumns': 'Sheet "{sheet}", row {row}: the sheet has two columns only, key and value.',
  'importFile.reportSheetNoKey': 'Sheet "{sheet}", row {row} has a value but no key in column A.',
  'importFile.reportSheetUnknownKey': 'Sheet "{sheet}", row {row} has an unknown key "{key}"; known: {known}.',
  'importFile.reportSheetRepeatedKey': 'Sheet "{sheet}", row {row} gives "{key}" a second time.',
  'importFile.cellBadDate': 'Sheet "{sheet}", cell {cell} holds a date that is not valid.',
  'importFile.cellError': 'Sheet "{sheet}", cell {cell} holds the error {error}; correct it or clear the cell.',
  'importFile.cellUncalculated': 'Sheet "{sheet}", cell {cell} holds a formula whose result was never calculated; open the file in Excel and save it again.',
  'importFile.cellUnreadable': 'Sheet "{sheet}", cell {cell} holds a value that the import cannot read; type it again as plain text.',

  // ---- offers and standing criteria ----
  'offer.notFound': 'Offer {id} was not found.',
  'offer.createForbidden': 'You can only make offers for an organisation in which you are a donor.',
  'offer.changeForbidden': 'Only the donor organisation can change its offers.',
  'offer.translateForbidden': 'Only the donor organisation and UNODA can translate its offers.',
  'offer.notEditable': 'A {status} offer cannot be edited; it can be while {editableStatuses}.',
  'offer.totalBelowCommitted': 'cannot be below what is already committed ({committed} {currency})',
  'offer.notEnoughLeft': 'The offer has {remaining} {currency} left, less than {amount}.',
  'offer.originalLanguage': "is the offer's original language; edit the offer instead",
  'offer.windowEnded':
    "The offer's availability window ended on {availableUntil}: it cannot be {action}. Its donor must give it a new window (availableUntil) first.",
  'offer.notUnLanguages': 'must be UN languages (ar, zh, en, fr, ru, es), not {languages}',
  'offer.minAboveMax': 'is above the maximum per project ({min} > {max})',
  'offer.maxAboveTotal': 'is above the total available ({max} > {total})',
  'offer.minAboveTotal': 'is above the total available ({min} > {total})',
  'offer.windowEndsBeforeStart': 'ends ({end}) before the window starts ({start})',
  'offer.nowhereEligible': 'say who may benefit: everywhere, or regions, States or regional organisations',
  'criteria.notFound': 'Standing criteria {id} was not found.',
  'criteria.limitReached': 'An organisation can keep at most {max} standing criteria; delete some first.',
  'criteria.staleVersion': 'These criteria were changed by someone else (version {version}, you had {expectedVersion}).',
  'criteria.forbidden': 'Only donors of the organisation can manage its standing criteria.',
  'criteria.minAboveMax': 'is above the maximum ({min} > {max} {currency})',

  // ---- matching ----
  'match.notFound': 'Match {id} was not found.',
  'match.needMatchesHidden': "Only the need's State and UNODA see its matches.",
  'match.offerMatchesHidden': "Only the offer's donor organisation and UNODA see its matches.",
  'match.interestOnlyOwnOffer': "You can express interest only with your own organisation's offers.",
  'match.offerNotPublished': 'Your offer is {status}; interest can be expressed only with a published offer.',
  'match.offerWindowEnded': "Your offer's availability window ended on {availableUntil}; interest can be expressed only with an offer still available.",
  'match.needNotPublished': 'This need is {status}; interest can be expressed only in a published need.',
  'matchRun.notFound': 'Match run {id} was not found.',
  'matchRun.locked': 'Another process is running a full rematch; wait for it to finish.',
  'matchRun.running': 'A full rematch is already running (started {startedAt}, {percent}% done); wait for it to finish.',

  // ---- proposals, deal room, revisions ----
  'proposal.notFound': 'Proposal {id} was not found.',
  'proposal.notEditable': 'Only a draft or returned proposal can be edited; this one is {status}. Propose a revision in its deal room instead.',
  'proposal.needIdsLeaveOutTranches': 'leaves out needs that tranches of the budget carry; change the tranches too',
  'proposal.alreadyEndorsed': 'Your State has already endorsed this proposal.',
  'proposal.addDonorForbidden': 'Only UNODA, or a donor for its own organisation, can add a donor to a proposal.',
  'proposal.notOpenToDonors': 'A donor can join a proposal once it is open for funding; this one is {status}.',
  'proposal.alreadyParty': '{organisation} is already a party to this proposal.',
  'proposal.documentsForbidden': 'Only the parties to a proposal can add its documents.',
  'proposal.documentVisibilityForbidden': 'Only the parties to a proposal can change who reads its documents.',
  'proposal.needNotPublished': 'Only published needs can be put in a proposal: "{title}" is {status}.',
  'proposal.notDonorOrganisations': 'not donor organisations: {ids}',
  'proposal.statesWithoutOrganisation':
    '{states} {count, plural, one {has} other {have}} no organisation on the platform to endorse the proposal; an administrator must create it and invite its NPC first.',
  'proposal.centreWithoutOrganisation': 'the regional centre {centre} has no organisation on the platform to review it',
  'proposal.noRegionalCentre': "the requesting States' region has no UN regional centre to review it",
  'proposal.unknownRegionalCentre': '{centre} is not a UN regional centre with an organisation on the platform',
  'proposal.notMatchesOfNeeds': 'not matches of these needs: {ids}',
  'proposal.reviewDeadlineRequired': 'is required when a technical review is asked for',
  'proposal.fundingBeforeReview': 'must be after the review deadline',
  'proposal.trancheNamesStrayNeeds': 'tranche {tranche} names needs that are not in the proposal: {needIds}',
  'proposal.partiesOnly':
    'Only the parties to this proposal can {what, select, read {read its deal room} write {write in its deal room} propose {propose a revision of it} accept {accept its revisions} other {do this}}.',
  'proposal.dealRoomClosed': 'This proposal is {status}: its deal room can be read, not written.',
  'document.notFound': 'Document {id} was not found.',
  'revision.noteRequired': 'must say what changes and why, in 1 to {max} characters',
  'revision.notOnMarket': 'Revisions are proposed while a proposal is on the market; this one is {status}.',
  'revision.notLatest': 'Revision {latest} is the latest (you based yours on {basedOn}); look at it, then propose yours.',
  'revision.noSuch': 'this proposal has no revision {revision}',
  'revision.notOpen': 'Revision {revision} is {status}; only an open revision can be accepted.',
  'revision.alreadyAccepted': 'Your organisation has already accepted revision {revision}.',
  'revision.proposedDropsCommittedTranche':
    'This revision cannot be agreed: it removes tranche {tranche}, to which {committed} {currency} is already committed. Keep at least what is committed.',
  'revision.proposedTrancheBelowCommitted':
    'This revision cannot be agreed: it gives tranche {tranche} ("{title}") a budget of {target}, below the {committed} already committed to it (in {currency}). Keep at least what is committed.',
  'revision.proposedTotalBelowCommitted':
    'This revision cannot be agreed: its total of {target} is below the {committed} already committed (in {currency}). Keep at least what is committed.',
  'revision.acceptedDropsCommittedTranche':
    'Revision {revision} can no longer be agreed: it removes tranche {tranche}, to which {committed} {currency} is already committed. Propose a new revision that keeps what is committed.',
  'revision.acceptedTrancheBelowCommitted':
    'Revision {revision} can no longer be agreed: it gives tranche {tranche} ("{title}") a budget of {target}, below the {committed} already committed to it (in {currency}). Propose a new revision that keeps what is committed.',
  'revision.acceptedTotalBelowCommitted':
    'Revision {revision} can no longer be agreed: its total of {target} is below the {committed} already committed (in {currency}). Propose a new revision that keeps what is committed.',
  'revision.agreedDropsCommittedTranche':
    'Revision {revision} cannot be agreed: it removes tranche {tranche}, to which {committed} {currency} is already committed. Propose a revision that keeps what is committed.',
  'revision.agreedTrancheBelowCommitted':
    'Revision {revision} cannot be agreed: it gives tranche {tranche} ("{title}") a budget of {target}, below the {committed} already committed to it (in {currency}). Propose a revision that keeps what is committed.',
  'revision.agreedTotalBelowCommitted':
    'Revision {revision} cannot be agreed: its total of {target} is below the {committed} already committed (in {currency}). Propose a revision that keeps what is committed.',

  // ---- contributions, funding, outcome reports ----
  'contribution.notFound': 'Contribution {id} was not found.',
  'contribution.statusNotRecordable': 'must be INTENT, PLEDGED or COMMITTED',
  'contribution.inKindDescription': 'must say what is given in kind',
  'contribution.trancheNumber': 'must be a tranche number (from 1)',
  'contribution.recordForbidden': 'Only a donor can record contributions, for its own organisation.',
  'contribution.unodaIntentOnly': "UNODA records a donor's intent only; the donor pledges and commits itself.",
  'contribution.wrongCurrency': "must be the proposal's currency, {currency} (give the amount in it)",
  'contribution.reportThroughOutcome': 'a donor reports through its outcome report',
  'contribution.proposalStatusForbids': 'Cannot {action} a contribution while the proposal is {status}.',
  'contribution.redirectForbidden': 'Only the donor can redirect its own pledges.',
  'contribution.notRedirectable': 'Only an intent or a pledge can be redirected; this contribution is {status}.',
  'contribution.sameProposal': 'is the proposal it is already on',
  'contribution.targetCurrency': 'is in {targetCurrency}, this pledge is in {currency}; cancel it and pledge anew',
  'contribution.notOnMarket': 'Contributions are recorded while a proposal is on the market; this one is {status}.',
  'contribution.trancheOutOfRange': 'the agreed budget has tranches 1 to {count}',
  'contribution.offerNotOwn': "must be one of the donor organisation's own offers",
  'contribution.offerCurrency': 'the offer is in {offerCurrency}, the proposal in {currency}',
  'contribution.offerNotPublished': 'The offer is {status} ({remaining} {currency} left); only a published offer can fund a proposal.',
  'contribution.changeForbidden': "Only the donor and UNODA can change a donor's contribution.",
  'contribution.severalDonors': 'you act for several donor organisations: say which one',
  'contribution.donorRequired': 'is required (the donor organisation)',
  'funding.trancheGone': 'Tranche {tranche} is no longer in the agreed budget (it has tranches 1 to {count}); cancel this pledge and pledge again.',
  'funding.pastGap':
    'Committing {amount} {currency} would exceed the funding gap of {gap} (target {target}, committed {committed}). The proposal does not allow over-funding.',
  'funding.pastTrancheGap':
    'Committing {amount} {currency} to tranche {tranche} would exceed its gap of {gap} (target {target}, committed to it {committed}). The proposal does not allow over-funding.',
  'outcome.severalParties': 'You act for several parties here: say which one you report for (organisationId).',
  'outcome.notReporter': 'Only the requesting States and the donors that funded a proposal report on its outcome.',
  'outcome.notInImplementation': 'Outcome reports are given while a proposal is in implementation; this one is {status}.',
  'outcome.stillDue': 'Outcome reports are still due from {organisations}; the proposal can be completed once they are in.',

  // ---- GIS meetings ----
  'meeting.notFound': 'Meeting {id} was not found.',
  'meeting.proposalNotDiscussable': 'A meeting discusses proposals on the market, funded or in implementation; {reference} is {status}.',
  'meeting.alreadyOnAgenda': "{reference} is already on this meeting's agenda.",
  'meeting.cancelled': 'This meeting was cancelled: nothing can be recorded at it.',
  'meeting.notOnAgenda': "is not on this meeting's agenda",
  'meeting.cancelReasonRequired': 'is required to cancel a meeting (say why)',
  'meeting.statusForbids':
    'This meeting is {status}: it cannot have {change, select, agenda {its agenda changed} outcomes {outcomes recorded} held {marked held} cancel {cancelled} other {this change}}.',
  'agendaItem.notFound': 'Agenda item {id} was not found.',

  // ---- open data ----
  'iati.currencyNotInCodelist':
    'Proposal {reference} is in {currency}, which the IATI Currency codelist does not list: it cannot be published as an IATI activity.',
} as const satisfies Record<string, string>;

export type ReasonCode = keyof typeof REASONS;

/** The record types with a life cycle: each has the reasons `<type>.statusForbidsChange` etc. */
export type LifeCycleSubject = 'need' | 'offer' | 'match' | 'proposal' | 'contribution';

/** The params of a reason, as its template names them (a plural's count is a number). */
export type ReasonParams<R extends ReasonCode> = IcuParams<(typeof REASONS)[R]>;

/** English words for params whose value is a code, for the message only ("close" for CLOSE). */
export type EnglishDisplay<R extends ReasonCode> = Partial<Record<keyof ReasonParams<R>, ParamValue>>;

/** A refusal in words and in data: what mapError puts in `extensions` (or in an entry of `fields`). */
export interface Refusal<R extends ReasonCode = ReasonCode> {
  readonly reason: R;
  readonly params: Params;
  /** The English message (the template rendered, or a fuller English text: see withMessage). */
  readonly message: string;
}

type ReasonArgs<R extends ReasonCode> = keyof ReasonParams<R> extends never
  ? [params?: Record<string, never>, english?: EnglishDisplay<R>]
  : [params: ReasonParams<R>, english?: EnglishDisplay<R>];

/**
 * How a list param reads, by reason and param (default `and`): clients format it with
 * Intl.ListFormat (`or`: disjunction, `and`: conjunction, `unit`: a plain list of codes); the
 * English message joins `or` lists with " or " and the others with ", ".
 */
export const LIST_STYLES: { readonly [R in ReasonCode]?: { readonly [P in keyof ReasonParams<R>]?: 'or' | 'and' | 'unit' } } = {
  'field.unknownCodes': { codes: 'unit' },
  'field.notOneOf': { choices: 'unit' },
  'access.needsOneOfRoles': { roles: 'unit' },
  'access.stateRoleMissing': { roles: 'or' },
  'access.organisationRoleMissing': { roles: 'or' },
  'need.notEditable': { editableStatuses: 'unit' },
  'offer.notEditable': { editableStatuses: 'unit' },
  'offer.notUnLanguages': { languages: 'unit' },
  'proposal.notDonorOrganisations': { ids: 'unit' },
  'proposal.notMatchesOfNeeds': { ids: 'unit' },
  'proposal.trancheNamesStrayNeeds': { needIds: 'unit' },
  'importFile.jsonUnknownTopKeys': { keys: 'unit', known: 'unit' },
  'importFile.jsonReportUnknownKey': { known: 'unit' },
  'importFile.jsonNeedUnknownKey': { known: 'unit' },
  'importFile.jsonNeedUnknownKeyHint': { known: 'unit' },
  'importFile.jsonPartUnknownKey': { known: 'unit' },
  'importFile.noHeaderNames': { known: 'unit' },
  'importFile.duplicateColumns': { names: 'unit' },
  'importFile.unknownColumns': { columns: 'unit', known: 'unit' },
  'importFile.missingColumns': { columns: 'unit' },
  'importFile.reportSheetUnknownKey': { known: 'unit' },
  'need.actionNotPermitted': { permitted: 'or' },
  'need.statusForbidsChange': { allowedStatuses: 'or' },
  'offer.actionNotPermitted': { permitted: 'or' },
  'offer.statusForbidsChange': { allowedStatuses: 'or' },
  'match.actionNotPermitted': { permitted: 'or' },
  'match.statusForbidsChange': { allowedStatuses: 'or' },
  'proposal.actionNotPermitted': { permitted: 'or' },
  'proposal.statusForbidsChange': { allowedStatuses: 'or' },
  'contribution.actionNotPermitted': { permitted: 'or' },
  'contribution.statusForbidsChange': { allowedStatuses: 'or' },
};

export function listStyle(code: ReasonCode, param: string): 'or' | 'and' | 'unit' {
  return (LIST_STYLES[code] as Record<string, 'or' | 'and' | 'unit'> | undefined)?.[param] ?? 'and';
}

/** Whether `code` is a registered reason (for data that crossed a boundary, e.g. a client's). */
export function isReasonCode(code: unknown): code is ReasonCode {
  return typeof code === 'string' && Object.hasOwn(REASONS, code);
}

/**
 * A refusal with its reason and params; the message is the English template rendered with the
 * params (and `english` words for code params). TypeScript checks the params against the template.
 */
export function reason<R extends ReasonCode>(code: R, ...[params, english]: ReasonArgs<R>): Refusal<R> {
  const values = (params ?? {}) as Params;
  const message = renderIcu(
    REASONS[code],
    values,
    (name, items) => items.join(listStyle(code, name) === 'or' ? ' or ' : ', '),
    (english ?? {}) as Record<string, ParamValue>,
  );
  return { reason: code, params: values, message };
}

/**
 * The same refusal with a fuller English message: a list of the problems it sums up, or a text
 * from a library (graphql-js) that is kept as it was. Clients say the reason from its params.
 */
export function withMessage<R extends ReasonCode>(refusal: Refusal<R>, message: string): Refusal<R> {
  return { reason: refusal.reason, params: refusal.params, message };
}
