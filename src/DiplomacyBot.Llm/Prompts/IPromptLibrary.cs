namespace DiplomacyBot.Llm.Prompts;

/// <summary>The one way prompts are loaded: by name, from files operators can edit without rebuilding.</summary>
public interface IPromptLibrary
{
    PromptTemplate Get(string name);
}
