using CareerPlanner.TestSupport;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPlanner.IntegrationTests.Infrastructure;

/// <summary>
/// A validator compiles its rules' expressions when it is built, which cost more than a dashboard's queries when every
/// request built the editors' validators again: each is built once for the app.
/// </summary>
public class ValidatorLifetimeTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    [Fact]
    public void Every_validator_is_the_same_instance_in_every_request()
    {
        var validated = typeof(Program).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false })
            .SelectMany(t => t.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)))
            .ToList();
        Assert.True(validated.Count >= 40, $"Only {validated.Count} validators found");

        using var first = factory.Services.CreateScope();
        using var second = factory.Services.CreateScope();
        foreach (var validator in validated)
        {
            Assert.Same(first.ServiceProvider.GetRequiredService(validator), second.ServiceProvider.GetRequiredService(validator));
        }
    }
}
