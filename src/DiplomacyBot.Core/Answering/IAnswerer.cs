namespace DiplomacyBot.Core.Answering;

/// <summary>Anything that answers a question from the stored articles.</summary>
public interface IAnswerer
{
    Answer Ask(string question);
}
