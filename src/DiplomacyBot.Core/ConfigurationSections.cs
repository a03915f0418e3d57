using Microsoft.Extensions.Configuration;

namespace DiplomacyBot.Core;

/// <summary>Reads a component's options from its own section of the configuration.</summary>
public static class ConfigurationSections
{
    /// <summary>A new <typeparamref name="T"/> with the section's keys bound onto it: its defaults where the section says nothing.</summary>
    public static T BindSection<T>(this IConfiguration configuration, string section)
        where T : new()
    {
        var options = new T();
        configuration.GetSection(section).Bind(options);
        return options;
    }
}
