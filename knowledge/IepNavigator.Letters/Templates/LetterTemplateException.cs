namespace IepNavigator.Letters.Templates;

/// <summary>A template file is malformed: a content bug that start-up and the tests must surface.</summary>
public sealed class LetterTemplateException : Exception
{
    public LetterTemplateException(string templateName, string problem)
        : base($"Letter template '{templateName}': {problem}")
    {
        TemplateName = templateName;
    }

    public LetterTemplateException()
    {
        TemplateName = string.Empty;
    }

    public LetterTemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
        TemplateName = string.Empty;
    }

    public string TemplateName { get; }
}
