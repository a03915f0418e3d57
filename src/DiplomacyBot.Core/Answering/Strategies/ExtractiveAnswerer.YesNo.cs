namespace DiplomacyBot.Core.Answering;

public sealed partial class ExtractiveAnswerer
{
    /// <summary>
    /// "Did ...?": the sentence that bears on it, focused on the subject asked about; "did they set a date?" must be
    /// answered by a sentence that states one.
    /// </summary>
    private Answer AnswerYesNo(AnswerDraft draft)
    {
        return Unstated(draft) ?? FocusedFinish(draft);
    }
}
