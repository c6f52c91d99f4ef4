using System.Net;
using System.Text.RegularExpressions;

namespace IepNavigator.Dialogs.Teams;

/// <summary>
/// Removes the @mention of the bot from a message ("&lt;at&gt;IEP Navigator&lt;/at&gt; what is an IEE?"), so the
/// recognizers see only what the parent wrote. Mentions of other people stay: they are part of the message.
/// </summary>
public static partial class BotMention
{
    /// <summary>Strips every mention entity that names the recipient (the bot); returns the cleaned text.</summary>
    public static string Remove(IMessageActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? "";
        var botId = activity.Recipient?.Id;
        if (!string.IsNullOrEmpty(botId))
        {
            foreach (var mention in activity.GetMentions().Where(m => m.Mentioned?.Id == botId && !string.IsNullOrEmpty(m.Text)))
            {
                text = RemoveMentionText(text, mention.Text);
            }
        }
        // Teams writes a space after the mention as &nbsp; and may leave a tag pair of an empty mention behind.
        text = EmptyMentionTag().Replace(WebUtility.HtmlDecode(text), " ").Replace('\u00A0', ' ');
        activity.Text = WhiteSpaceRun().Replace(text, " ").Trim();
        return activity.Text;
    }

    /// <summary>Matches the mention's markup whatever Teams did to the spaces inside the name.</summary>
    private static string RemoveMentionText(string text, string mentionText)
    {
        if (text.Contains(mentionText, StringComparison.OrdinalIgnoreCase))
        {
            return text.Replace(mentionText, " ", StringComparison.OrdinalIgnoreCase);
        }
        var decodedText = WebUtility.HtmlDecode(text).Replace('\u00A0', ' ');
        var decodedMention = WebUtility.HtmlDecode(mentionText).Replace('\u00A0', ' ');
        return decodedText.Replace(decodedMention, " ", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"<at>\s*</at>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex EmptyMentionTag();

    /// <summary>Spaces left where a mention was; line breaks the member typed stay.</summary>
    [GeneratedRegex(@"[ \t]+", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex WhiteSpaceRun();
}
