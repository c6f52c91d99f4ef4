namespace IepNavigator.Dialogs.Runtime.Prompts;

/// <summary>What every prompt needs besides its options: answer words, messages and today's date.</summary>
public sealed class PromptServices(AnswerVocabulary vocabulary, MessageCatalog messages, TimeProvider clock)
{
    public AnswerVocabulary Vocabulary { get; } = vocabulary;
    public MessageCatalog Messages { get; } = messages;
    public TimeProvider Clock { get; } = clock;

    public DateOnly Today => DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);
}
