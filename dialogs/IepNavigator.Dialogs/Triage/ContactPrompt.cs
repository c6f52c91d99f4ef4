using System.Net.Mail;

namespace IepNavigator.Dialogs.Triage;

/// <summary>
/// An e-mail address or a US phone number, by the options' <see cref="PromptOptions.Tag"/> ("email", "phone",
/// "text"). Phone numbers come back as their digits, so "(555) 123-4567" and "555.123.4567" are the same.
/// </summary>
public sealed class ContactPrompt(PromptServices services, TriageChatContent content) : Prompt<string>(TriageFlowIds.ContactPrompt, services)
{
    protected override Task<PromptRecognition<string>> RecognizeAsync(DialogContext dc, PromptOptions options, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var recognized = options.Tag == "email" ? Email(text) : Phone(text);
        return Task.FromResult(recognized is null
            ? PromptRecognition<string>.Failure(content[options.Tag == "email" ? "contact.retryEmail" : "contact.retryPhone"])
            : PromptRecognition<string>.Success(recognized));
    }

    public static string? Email(string? text)
    {
        var candidate = text?.Trim().Trim('.', ',', ';') ?? "";
        if (candidate.Length is < 5 or > 254 || candidate.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }
        return MailAddress.TryCreate(candidate, out var address) && address.Host.Contains('.', StringComparison.Ordinal)
            ? address.Address
            : null;
    }

    /// <summary>How the chat shows an address back: an e-mail as it is, a US number as "(555) 123-4567".</summary>
    public static string Display(string? method, string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return method != "email" && address.Length == 10 && address.All(char.IsAsciiDigit)
            ? $"({address[..3]}) {address[3..6]}-{address[6..]}"
            : address;
    }

    /// <summary>10 digits, or 11 starting with the US country code 1.</summary>
    public static string? Phone(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40 || text.Any(char.IsLetter))
        {
            return null;
        }
        var digits = new string([.. text.Where(char.IsAsciiDigit)]);
        return digits.Length switch
        {
            10 => digits,
            11 when digits[0] == '1' => digits[1..],
            _ => null,
        };
    }
}
