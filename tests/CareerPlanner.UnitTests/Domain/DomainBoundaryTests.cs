using System.Reflection;
using System.Reflection.Emit;
using System.Text.RegularExpressions;
using CareerPlanner.Web.Domain;

namespace CareerPlanner.UnitTests.Domain;

/// <summary>
/// The domain knows no web and no storage: no type of <c>CareerPlanner.Web.Domain</c> uses ASP.NET Core (but the
/// Identity user type), EF Core, or the app's Infrastructure, Data or Pages — neither in what it declares nor in
/// its method bodies — and its source files do not name them either.
/// </summary>
public partial class DomainBoundaryTests
{
    private static readonly string[] ForbiddenNamespaces =
    [
        "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore",
        "CareerPlanner.Web.Infrastructure", "CareerPlanner.Web.Data", "CareerPlanner.Web.Pages", "CareerPlanner.Web.Areas",
    ];

    [Fact]
    public void No_domain_type_uses_the_web_the_storage_or_the_pages()
    {
        var domainTypes = typeof(Goal).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(Goal).Namespace && !IsCompilerGenerated(t) || t.DeclaringType?.Namespace == typeof(Goal).Namespace)
            .ToList();
        Assert.Contains(typeof(Plan), domainTypes);

        var offences = domainTypes
            .Where(t => t != typeof(AppUser))
            .SelectMany(t => TypesUsedBy(t).Where(IsForbidden).Select(used => $"{t.FullName} uses {used.FullName}"))
            .Distinct()
            .ToList();

        Assert.True(offences.Count == 0, "The domain reaches outside itself:" + Environment.NewLine + string.Join(Environment.NewLine, offences));
    }

    [Fact]
    public void The_identity_user_is_the_one_domain_type_that_knows_asp_net_core_and_only_through_identity() =>
        Assert.Equal("Microsoft.AspNetCore.Identity", typeof(AppUser).BaseType?.Namespace);

    [Fact]
    public void The_type_check_sees_a_use_inside_a_method_body()
    {
        var used = TypesUsedBy(typeof(MethodBodyProbe)).ToList();
        Assert.Contains(typeof(Uri), used);
        Assert.Contains(typeof(StringComparer), used);
        Assert.Contains(used, IsForbidden);
    }

    [Fact]
    public void No_domain_file_names_the_web_the_storage_or_the_pages()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryRoot(), "src", "CareerPlanner.Web", "Domain"), "*.cs", SearchOption.AllDirectories);
        Assert.NotEmpty(files);

        var offences = files
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (file, line, number: index + 1)))
            .Where(l => ForbiddenText().IsMatch(l.line)
                && !(Path.GetFileName(l.file) == "AppUser.cs" && l.line.Trim() == "using Microsoft.AspNetCore.Identity;"))
            .Select(l => $"{Path.GetFileName(l.file)}:{l.number}: {l.line.Trim()}")
            .ToList();

        Assert.True(offences.Count == 0, "The domain names what it must not know:" + Environment.NewLine + string.Join(Environment.NewLine, offences));
    }

    private static bool IsForbidden(Type type) =>
        type.Namespace is { } ns && ForbiddenNamespaces.Any(f => ns == f || ns.StartsWith(f + ".", StringComparison.Ordinal));

    private static bool IsCompilerGenerated(Type type) => type.Name.Contains('<', StringComparison.Ordinal);

    private const BindingFlags Everything =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>Every type a type names: base, interfaces, members' signatures, attributes, and what its method bodies call or create.</summary>
    private static IEnumerable<Type> TypesUsedBy(Type type)
    {
        var found = new List<Type?> { type.BaseType };
        found.AddRange(type.GetInterfaces());
        found.AddRange(type.GetCustomAttributesData().Select(a => a.AttributeType));
        found.AddRange(type.GetFields(Everything).Select(f => f.FieldType));
        found.AddRange(type.GetProperties(Everything).Select(p => p.PropertyType));
        var methods = type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything)).ToList();
        foreach (var method in methods)
        {
            found.AddRange(method.GetParameters().Select(p => p.ParameterType));
            if (method is MethodInfo info)
            {
                found.Add(info.ReturnType);
            }
            found.AddRange(method.GetCustomAttributesData().Select(a => a.AttributeType));
            found.AddRange(TypesInBody(method));
        }
        // Lambdas and iterators live in nested compiler-generated types.
        found.AddRange(type.GetNestedTypes(Everything).Where(IsCompilerGenerated).SelectMany(TypesUsedBy));
        return found.OfType<Type>().SelectMany(Unwrap).Distinct();
    }

    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.HasElementType)
        {
            return Unwrap(type.GetElementType()!);
        }
        return type.IsGenericType ? type.GetGenericArguments().SelectMany(Unwrap).Prepend(type.GetGenericTypeDefinition()) : [type];
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    /// <summary>The types named by the metadata tokens in a method's IL (calls, new objects, fields, casts, typeof).</summary>
    private static IEnumerable<Type?> TypesInBody(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }
        var generics = (method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null, method.IsGenericMethod ? method.GetGenericArguments() : null);
        for (var at = 0; at < il.Length;)
        {
            var value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            var code = OpCodesByValue[value];
            at += code.Size;
            var operand = OperandSize(code, il, at);
            if (code.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
            {
                var member = Resolve(method.Module, BitConverter.ToInt32(il, at), generics);
                yield return member as Type ?? member?.DeclaringType;
                if (member is MethodInfo called)
                {
                    yield return called.ReturnType;
                }
                if (member is FieldInfo field)
                {
                    yield return field.FieldType;
                }
            }
            at += operand;
        }
    }

    private static MemberInfo? Resolve(Module module, int token, (Type[]? Type, Type[]? Method) generics)
    {
        try
        {
            return module.ResolveMember(token, generics.Type, generics.Method);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static int OperandSize(OpCode code, byte[] il, int at) => code.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };

    [GeneratedRegex(@"\bMicrosoft\.AspNetCore\b|\bMicrosoft\.EntityFrameworkCore\b|\bCareerPlanner\.Web\.(?:Infrastructure|Data|Pages|Areas)\b")]
    private static partial Regex ForbiddenText();

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CareerPlanner.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("CareerPlanner.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Uses types only inside its method bodies (one of them forbidden in the domain), for the test that proves bodies are read.</summary>
    private static class MethodBodyProbe
    {
        public static int Probe(string text) => new Uri(text).Host.Length + StringComparer.Ordinal.GetHashCode(text);

        public static string Storage() => typeof(CareerPlanner.Web.Data.AppDbContext).Name;
    }
}
