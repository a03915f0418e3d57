using System.ClientModel;
using Microsoft.SemanticKernel;
using Polly.Timeout;

namespace DiplomacyBot.Llm;

/// <summary>A short, safe description of why a model call failed: a kind and a status code, never a message that could echo a request.</summary>
public static class ModelFailure
{
    public static string Describe(Exception exception, TimeSpan timeout) => exception switch
    {
        TimeoutRejectedException or OperationCanceledException => $"no reply within {timeout.TotalSeconds:0.#} s",
        HttpOperationException { StatusCode: { } code } => $"the model service answered HTTP {(int)code}",
        HttpOperationException { InnerException: { } inner } => Describe(inner, timeout),
        ClientResultException { Status: > 0 } c => $"the model service answered HTTP {c.Status}",
        HttpRequestException { StatusCode: { } code } => $"the model service answered HTTP {(int)code}",
        HttpRequestException => "the model service could not be reached",
        System.Text.Json.JsonException or FormatException => "the model service sent a reply that is not valid JSON",
        InvalidOperationException => $"the model call failed ({exception.Message})",
        _ => $"the model call failed ({exception.GetType().Name})",
    };
}
