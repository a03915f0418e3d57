using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

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

    /// <summary>
    /// The section as a singleton <typeparamref name="T"/>, bound when first asked for; a <typeparamref name="T"/>
    /// registered before stands.
    /// </summary>
    public static IServiceCollection AddSection<T>(this IServiceCollection services, IConfiguration configuration, string section)
        where T : class, new()
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(_ => configuration.BindSection<T>(section));
        return services;
    }

    /// <summary>
    /// The section as <see cref="IOptions{T}"/>, validated when the host starts: <paramref name="failures"/> lists every
    /// bad or missing key by its configuration path, and any one stops the host.
    /// </summary>
    public static IServiceCollection AddValidatedSection<T>(this IServiceCollection services, IConfiguration configuration, string section, Func<T, IEnumerable<string>> failures)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<T>().Configure(options => configuration.GetSection(section).Bind(options)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<T>>(new FailuresValidator<T>(failures)));
        return services;
    }
}
