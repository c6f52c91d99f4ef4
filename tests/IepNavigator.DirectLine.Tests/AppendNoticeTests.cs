using IepNavigator.DirectLine.Conversations.Postgres;

namespace IepNavigator.DirectLine.Tests;

/// <summary>
/// The NOTIFY payload an append sends to the other instances. Since the append is one SQL statement, the notice carries
/// the activity's time (the document no longer does); a notice from an instance of the previous version, without it,
/// must still be read, or a rolling deploy would drop replies on the way to open sockets.
/// </summary>
public sealed class AppendNoticeTests
{
    [Fact]
    public void Parse_AnAppendsNotice_GivesItsStampAndDocument()
    {
        var notice = AppendNotice.Parse(AppendNotice.Prefix("i1", AppendKind.Stored) + "|12|conv-a|1796570638000123|CfDJ8abc-_");

        Assert.NotNull(notice);
        Assert.Equal(("i1", AppendKind.Stored, 12L, "conv-a", "CfDJ8abc-_"), (notice.InstanceId, notice.Kind, notice.Sequence, notice.ConversationId, notice.Document));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1796570638000).AddTicks(1230), notice.Stamped);
    }

    [Fact]
    public void Parse_ANoticeTooLargeForItsDocument_HasTheStampAndNoDocument()
    {
        var notice = AppendNotice.Parse("i1|0|3|conv-a|1796570638000123");

        Assert.NotNull(notice);
        Assert.Null(notice.Document);
        Assert.NotNull(notice.Stamped);
    }

    [Fact]
    public void Parse_APreviousVersionsNotice_KeepsItsDocumentAndHasNoStamp()
    {
        var withDocument = AppendNotice.Parse("i1|1|4|conv-a|CfDJ8abc-_");
        var replaced = AppendNotice.Parse(AppendNotice.Format("i1", "conv-a", 5, AppendKind.Replaced, null));

        Assert.Equal(("CfDJ8abc-_", (DateTimeOffset?)null), (withDocument!.Document, withDocument.Stamped));
        Assert.Equal((AppendKind.Replaced, 5L, (string?)null, (DateTimeOffset?)null), (replaced!.Kind, replaced.Sequence, replaced.Document, replaced.Stamped));
    }

    [Theory]
    [InlineData("")]
    [InlineData("i1|9|4|conv-a")]
    [InlineData("i1|0|x|conv-a")]
    [InlineData("i1|0")]
    public void Parse_Garbage_IsIgnored(string payload) => Assert.Null(AppendNotice.Parse(payload));
}
