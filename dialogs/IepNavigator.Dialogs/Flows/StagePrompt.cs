using IepNavigator.Knowledge;
using IepNavigator.Dialogs.Understanding;

namespace IepNavigator.Dialogs.Flows;

/// <summary>
/// "Which of these is closest?": a stage by its button, or by the parent's own words when they answer
/// in a sentence instead of tapping ("they suspended him again").
/// </summary>
public sealed class StagePrompt(PromptServices services, StageRecognizer recognizer, StageCatalog stages) : Prompt<string>(FlowIds.StagePrompt, services)
{
    protected override Task<PromptRecognition<string>> RecognizeAsync(DialogContext dc, PromptOptions options, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var chosen = ChoiceRecognizer.Recognize(text, options.Choices, allowMultiple: false);
        if (chosen.Count == 1)
        {
            return Task.FromResult(PromptRecognition<string>.Success(chosen[0]));
        }
        var reading = Conversation.TurnMeaning.Of(dc);
        if (reading is { Stage: { Best: { } best, Unsure: false } })
        {
            return Task.FromResult(PromptRecognition<string>.Success(KnowledgeJson.EnumName(best)));
        }
        var offered = options.Choices.Where(c => stages.Stages.Any(s => s.Stage == c.Value)).ToList();
        // "I haven't asked yet" to "I'm worried and haven't asked the school for anything yet": what the label rules out, said.
        if (reading is not null && offered.FirstOrDefault(c => stages.Get(c.Value).LabelRulesOut.Any(reading.None.Contains)) is { } ruledOut)
        {
            return Task.FromResult(PromptRecognition<string>.Success(ruledOut.Value));
        }
        // "yes, that's it" to a single candidate.
        if (offered.Count == 1 && Services.Vocabulary.YesOrNo(text) is { } yes)
        {
            // A no to the one candidate is "something else" (the last choice): every stage is offered next.
            return Task.FromResult(PromptRecognition<string>.Success(yes ? offered[0].Value : options.Choices[^1].Value));
        }
        return Task.FromResult(recognizer.Recognize(text).Confident is { } stage
            ? PromptRecognition<string>.Success(stage)
            : PromptRecognition<string>.Failure(Services.Messages["prompt.retryChoice"]));
    }
}
