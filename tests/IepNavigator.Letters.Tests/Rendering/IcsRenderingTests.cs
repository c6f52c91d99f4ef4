using Ical.Net;

namespace IepNavigator.Letters.Tests.Rendering;

public sealed class IcsRenderingTests
{
    [Theory]
    [MemberData(nameof(TestLetters.Ids), MemberType = typeof(TestLetters))]
    public void RenderIcs_FromTheSentDate_PutsTheTemplatesDeadlineOnTheRightDayWithAnAlarm(string id)
    {
        var sentOn = new DateOnly(2026, 12, 1);
        var deadline = TestLetters.Catalog.Find(id)!.Deadline;

        var result = TestLetters.Renderer.RenderIcs(id, TestLetters.FullFields(id), TestLetters.Facts, sentOn);

        var calendarEvent = Assert.Single(Calendar.Load(result.Value!)!.Events);
        Assert.Equal(deadline.DueAfter(sentOn, TestLetters.Facts), DateOnly.FromDateTime(calendarEvent.DtStart!.Value));
        Assert.False(calendarEvent.DtStart.HasTime);
        Assert.Equal(deadline.Title, calendarEvent.Summary);
        Assert.Contains("Maya Lopez", calendarEvent.Description, StringComparison.Ordinal);
        LetterAssertions.NoPlaceholders(calendarEvent.Description!);
        var alarm = Assert.Single(calendarEvent.Alarms);
        Assert.Equal("DISPLAY", alarm.Action);
        Assert.NotNull(alarm.Trigger?.Duration);
    }

    [Fact]
    public void RenderIcs_CallerDeadline_HoldsThatDateAndTitleAndRemindsDaysBeforeAtNine()
    {
        var due = new DateOnly(2027, 1, 29);

        var result = TestLetters.Renderer.RenderIcs(
            "evaluation-request", TestLetters.FullFields("evaluation-request"), TestLetters.Facts, due, deadlineTitle: "Evaluation due");

        var calendarEvent = Assert.Single(Calendar.Load(result.Value!)!.Events);
        Assert.Equal(due, DateOnly.FromDateTime(calendarEvent.DtStart!.Value));
        Assert.Equal("Evaluation due", calendarEvent.Summary);
        Assert.Contains("January 29, 2027", calendarEvent.Description, StringComparison.Ordinal);
        var trigger = Assert.Single(calendarEvent.Alarms).Trigger!.Duration!.Value;
        // Two days before the all-day event, at 9:00: 48 hours back, 9 forward.
        Assert.Equal(TimeSpan.FromHours(-39), trigger.ToTimeSpanUnspecified());
    }

    [Fact]
    public void RenderIcs_SameLetterAndDeadline_KeepsTheSameUid()
    {
        var fields = TestLetters.FullFields("iee-request");

        var first = Calendar.Load(TestLetters.Renderer.RenderIcs("iee-request", fields, TestLetters.Facts, TestLetters.Today).Value!)!;
        var second = Calendar.Load(TestLetters.Renderer.RenderIcs("iee-request", fields, TestLetters.Facts, TestLetters.Today).Value!)!;

        Assert.Equal(first.Events.Single().Uid, second.Events.Single().Uid);
    }
}
