using System.Globalization;
using IepNavigator.Knowledge.Content;
using IepNavigator.Triage.Configuration;
using IepNavigator.Triage.Urgency;
using Microsoft.Extensions.Options;

namespace IepNavigator.Triage.Wording;

/// <summary>
/// Dates and times as the advocates read them: in their time zone (Triage:Console:TimeZone) with UTC beside, and
/// their "today" for "in 9 days" and for the contact date a family is promised (business days, weekends skipped).
/// </summary>
public sealed class AdvocateTime
{
    private readonly TimeProvider _clock;
    private readonly TriageOptions _options;
    private readonly TimeZoneInfo _zone;
    private readonly string _zoneLabel;

    private readonly TriageText _text;

    public AdvocateTime(TimeProvider clock, IOptions<TriageOptions> options, TriageText text)
    {
        ArgumentNullException.ThrowIfNull(options);
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _text = text ?? throw new ArgumentNullException(nameof(text));
        _options = options.Value;
        _zone = FindZone(_options.Console.TimeZone)
            ?? throw new InvalidOperationException($"Triage:Console:TimeZone '{_options.Console.TimeZone}' is not a time zone this machine knows (use an IANA id such as America/Chicago).");
        _zoneLabel = string.IsNullOrWhiteSpace(_options.Console.TimeZoneLabel)
            ? _zone.Id.Split('/')[^1].Replace('_', ' ')
            : _options.Console.TimeZoneLabel.Trim();
    }

    /// <summary>The advocates' language ("en" or "es").</summary>
    public string Language => ContentLanguage.Normalize(_options.Console.Language);

    public bool IsUtc => _zone.BaseUtcOffset == TimeSpan.Zero && !_zone.SupportsDaylightSavingTime;

    /// <summary>Today in the advocates' time zone.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_clock.GetUtcNow(), _zone).DateTime);

    /// <summary>True when <paramref name="id"/> names a zone this machine knows.</summary>
    public static bool IsKnownZone(string? id) => FindZone(id) is not null;

    /// <summary>"December 5, 2026, 6:07 PM Chicago time (00:07 UTC)"; just the UTC time when the zone is UTC.</summary>
    public string Format(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        var utcText = $"{utc.ToString("HH:mm", CultureInfo.InvariantCulture)} UTC";
        if (IsUtc)
        {
            return $"{PlainDates.Long(DateOnly.FromDateTime(utc.DateTime), Language)}, {utcText}";
        }
        var local = TimeZoneInfo.ConvertTime(utc, _zone);
        var clock = Language == ContentLanguage.Spanish
            ? local.ToString("HH:mm", CultureInfo.InvariantCulture)
            : local.ToString("h:mm tt", CultureInfo.InvariantCulture);
        // A configured label is used as it is ("Central time"); a city gets the language's wording ("Chicago time").
        var zone = string.IsNullOrWhiteSpace(_options.Console.TimeZoneLabel) ? _text.Console(Language).Format("time.zone", _zoneLabel) : _zoneLabel;
        var utcDate = DateOnly.FromDateTime(utc.DateTime) == DateOnly.FromDateTime(local.DateTime)
            ? utcText
            : $"{PlainDates.Short(DateOnly.FromDateTime(utc.DateTime), Language)} {utcText}";
        return $"{PlainDates.Long(DateOnly.FromDateTime(local.DateTime), Language)}, {clock} {zone} ({utcDate})";
    }

    /// <summary>"December 15, 2026".</summary>
    public string Date(DateOnly date) => PlainDates.Long(date, Language);

    /// <summary>The day a family sending at <paramref name="sentAt"/> should hear from an advocate, by urgency.</summary>
    public DateOnly ContactBy(DateTimeOffset sentAt, UrgencyLevel level)
    {
        var days = level switch
        {
            UrgencyLevel.Urgent => _options.ContactWithinBusinessDays.Urgent,
            UrgencyLevel.Priority => _options.ContactWithinBusinessDays.Priority,
            _ => _options.ContactWithinBusinessDays.Routine,
        };
        return AddBusinessDays(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(sentAt, _zone).DateTime), Math.Max(0, days));
    }

    /// <summary>Weekdays only; holidays are not known here, so a promise made before one is a day short at most.</summary>
    public static DateOnly AddBusinessDays(DateOnly from, int days)
    {
        var date = from;
        while (days > 0)
        {
            date = date.AddDays(1);
            if (date.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday)
            {
                days--;
            }
        }
        return date;
    }

    private static TimeZoneInfo? FindZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }
        return TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) ? zone : null;
    }
}
