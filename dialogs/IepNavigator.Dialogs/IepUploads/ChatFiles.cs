namespace IepNavigator.Dialogs.IepUploads;

/// <summary>Which attachments of a message are files the parent sent (not cards, not Teams' copy of the message as HTML).</summary>
public static class ChatFiles
{
    /// <summary>A Teams file in a 1:1 chat: <c>content.downloadUrl</c> is a short-lived, pre-authorised link.</summary>
    public const string TeamsFileDownloadInfo = "application/vnd.microsoft.teams.file.download.info";

    public static bool IsFile(Attachment attachment)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        var type = attachment.ContentType ?? "";
        if (type == TeamsFileDownloadInfo)
        {
            return true;
        }
        // Cards the bot sent (and channels echo), and the HTML body Teams attaches to every message, are not files.
        if (type.StartsWith("application/vnd.microsoft.", StringComparison.OrdinalIgnoreCase) || type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        return !string.IsNullOrEmpty(attachment.ContentUrl);
    }

    /// <summary>The first file of the message, or null. One IEP per message: further files are not read.</summary>
    public static Attachment? First(IMessageActivity activity) =>
        activity?.Attachments?.FirstOrDefault(a => a is not null && IsFile(a));
}
