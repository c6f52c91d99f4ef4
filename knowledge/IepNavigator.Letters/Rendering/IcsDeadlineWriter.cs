using System.Security.Cryptography;
using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace IepNavigator.Letters.Rendering;

/// <summary>
/// Writes the deadline a letter starts as an all-day calendar event with a display reminder at 9:00 a set
/// number of days before. Ical.Net escapes text per RFC 5545 (commas, semicolons, backslashes, newlines).
/// </summary>
internal static class IcsDeadlineWriter
{
    private const string ProductId = "-//IEP Navigator//Letters//EN";
    private const int ReminderHourOfDay = 9;

    public static string Write(IcsDeadline deadline)
    {
        var calendarEvent = new CalendarEvent
        {
            Uid = StableUid(deadline),
            Summary = deadline.Title,
            Description = deadline.Description,
            DtStart = new CalDateTime(deadline.Date),
            DtEnd = new CalDateTime(deadline.Date.AddDays(1)),
            Transparency = TransparencyType.Transparent,
        };
        calendarEvent.Alarms.Add(new Alarm
        {
            Action = AlarmAction.Display,
            Description = deadline.Title,
            // Relative to the event's midnight start: N days earlier, at 9:00.
            Trigger = new Trigger(Duration.FromHours(-(deadline.ReminderDaysBefore * 24) + ReminderHourOfDay)),
        });

        var calendar = new Calendar { ProductId = ProductId };
        calendar.Events.Add(calendarEvent);
        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    /// <summary>The same letter and deadline give the same UID, so a second download updates the event.</summary>
    private static string StableUid(IcsDeadline deadline)
    {
        var key = $"{deadline.LetterId}|{deadline.Date:yyyy-MM-dd}|{deadline.Title}|{deadline.Description}";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16)) + "@iep-navigator";
    }
}

/// <summary>One deadline to put in a calendar.</summary>
internal sealed record IcsDeadline(string LetterId, DateOnly Date, string Title, string Description, int ReminderDaysBefore);
