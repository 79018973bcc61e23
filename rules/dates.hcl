# Dates: every date of a document is extracted with its role (document, recorded, received,
# sent, drafted, uploaded, or referred to); these rules check them against the calendar and
# against each other. `archivelint explain dates` lists the variables and functions.

rule "dates" "date.impossible" {
  category    = "date"
  severity    = "error"
  description = "a date that cannot exist (February 30, June 31, day 33, month 13)"
  select      = this.problem != ""
  assert      = this.valid
  message     = "\"${this.text}\" cannot be a date: ${this.problem}"
}

rule "dates" "date.weekday-mismatch" {
  category    = "date"
  severity    = "error"
  description = "a weekday that does not match its date"
  select      = this.weekday != "" && this.computed_weekday != "" && !this.inferred
  assert      = this.weekday == this.computed_weekday
  message     = "\"${this.text}\": that day was a ${this.computed_weekday}, not a ${this.weekday}"
}

# 1965 for 1956: a date far from the document's, that would sit right beside it if its year
# were the document's. Two digits swapped, or (for the document's own date, or when it was
# recorded, received, sent or drafted) one digit off. Enclosures and earlier letters quoted in
# a document have dates of their own years: they are not near the document's day.
rule "dates" "date.year-typo" {
  category    = "date"
  severity    = "error"
  description = "a year that is the document's year with two digits transposed or one digit off"
  select = (
    this.precision == "day" && this.valid && !this.inferred && date.document != null &&
    this.index != date.document.index && this.year != date.document.year &&
    abs(this.days - date.document.days) > 300 &&
    abs(days_of(date.document.year, this.month, this.day) - date.document.days) <= 45 &&
    this.where != "table" &&
    (
      transposed(this.year, date.document.year) ||
      one_digit_off(this.year, date.document.year) && (
        contains(["recorded", "received", "sent", "drafted"], this.role) ||
        this.role == "document" && contains(["date", "dateline"], this.where)
      )
    )
  )
  assert  = false
  suggest = replace(this.text, tostring(this.year), tostring(date.document.year))
  message = (transposed(this.year, date.document.year)
    ? "\"${this.text}\": ${this.year} looks like ${date.document.year} with two digits transposed (the document is dated ${date.document.text})"
    : "\"${this.text}\": ${this.year} is one digit off the document's year (it is dated ${date.document.text})")
}

rule "dates" "date.recorded-before-document" {
  category    = "date"
  severity    = "error"
  description = "a record made, or a message received, before the document's own date"
  # A year typo (date.year-typo) is reported as such, not as a record made years early.
  select = (
    contains(["recorded", "received"], this.role) && date.document != null &&
    this.days != null && date.document.days != null && !this.inferred &&
    !(abs(this.days - date.document.days) > 300 &&
    (transposed(this.year, date.document.year) || one_digit_off(this.year, date.document.year)))
  )
  assert  = this.days >= date.document.days
  message = "${this.role} \"${this.text}\", ${date.document.days - this.days} days before the document's own date (${date.document.text})"
}

rule "dates" "date.recorded-long-after" {
  category    = "date"
  severity    = "notice"
  description = "a record made more than a year after the document's date"
  select = (
    this.role == "recorded" && date.document != null && this.days != null &&
    date.document.days != null && !this.inferred &&
    !(transposed(this.year, date.document.year) || one_digit_off(this.year, date.document.year))
  )
  assert  = this.days - date.document.days <= 366
  message = "recorded \"${this.text}\", ${floor((this.days - date.document.days) / 365)} years after the document's date (${date.document.text})"
}

rule "dates" "date.uploaded-before-document" {
  category    = "date"
  severity    = "error"
  description = "an upload date before the document's own date"
  select      = this.role == "uploaded" && date.document != null && this.days != null && date.document.days != null
  assert      = this.days >= date.document.days
  message     = "uploaded \"${this.text}\", before the document's own date (${date.document.text})"
}

rule "dates" "metadata.future-upload" {
  category    = "metadata"
  severity    = "error"
  description = "an upload date in the future"
  select      = this.role == "uploaded" && this.days != null
  assert      = this.days <= today
  message     = "uploaded \"${this.text}\", a date in the future"
}

rule "dates" "date.outside-collection" {
  category    = "date"
  severity    = "warning"
  description = "a document, record or message date outside the collection's declared date_range"
  select = (
    collection != null && this.year != 0 &&
    contains(["document", "recorded", "received", "sent", "drafted"], this.role)
  )
  assert  = this.year >= collection.from_year && this.year <= collection.to_year
  message = "\"${this.text}\" lies outside the collection (${collection.from_year}-${collection.to_year})"
}

rule "dates" "date.when-mismatch" {
  category    = "date"
  severity    = "error"
  description = "a TEI @when that disagrees with the date it encodes"
  formats     = ["tei"]
  select      = this.when != "" && this.days != null && this.when_days != null
  assert      = this.days == this.when_days
  message     = "\"${this.text}\" is encoded as when=\"${this.when}\""
}
