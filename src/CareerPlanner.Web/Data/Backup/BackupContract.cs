using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CareerPlanner.Web.Data.Backup;

/// <summary>How a value is written in the backup file.</summary>
public enum BackupValueKind
{
    Text,
    Integer,
    Number,
    Boolean,
    Date,
    Timestamp,
    Choice,
}

/// <summary>One value of an item (a column that is neither a key nor a reference).</summary>
public sealed record BackupField(
    string Name, IProperty Property, BackupValueKind Kind, bool Required, int? MaxLength, (long Min, long Max)? Range,
    IReadOnlyList<string> Choices, bool IsWebAddress);

/// <summary>A reference from an item to another item of the file, written as that item's <c>id</c> in the file.</summary>
public sealed record BackupReference(string Name, IProperty Property, IEntityType TargetType, bool Required)
{
    public BackupCollection Target { get; internal set; } = null!;
}

/// <summary>A column computed from one value of the row.</summary>
public sealed record BackupDerived(IProperty Property, BackupField Source, Func<object?, object?> Compute);

/// <summary>One part of a unique key: a value, a reference, or a column computed from a value.</summary>
public sealed record BackupKeyPart(int? Field, int? Reference, Func<object?, object?>? Compute)
{
    public object? Of(IReadOnlyList<object?> values, IReadOnlyList<object?> references) =>
        Field is { } f ? (Compute ?? (v => v))(values[f]) : references[Reference!.Value];
}

/// <summary>One list of the file: the rows of one table, nested under the item that holds them.</summary>
public sealed class BackupCollection
{
    internal BackupCollection(IEntityType type, string name, IForeignKey container, BackupCollection? parent)
    {
        EntityType = type;
        Name = name;
        Container = container;
        Parent = parent;
    }

    public IEntityType EntityType { get; }
    public string Name { get; }

    /// <summary>The foreign key to the item (or the person) that holds these rows.</summary>
    public IForeignKey Container { get; }

    /// <summary>The list whose items hold these rows; null for the person's own lists.</summary>
    public BackupCollection? Parent { get; }

    /// <summary>The single whole-number key the file replaces with an <c>id</c> of its own; null for link rows.</summary>
    public IProperty? Key { get; internal set; }

    public List<BackupField> Fields { get; } = [];
    public List<BackupReference> References { get; } = [];
    public List<BackupCollection> Children { get; } = [];

    /// <summary>Unique indexes other than the key, without the container: two rows agreeing on one are the same item.</summary>
    public List<IReadOnlyList<BackupKeyPart>> UniqueKeys { get; } = [];

    /// <summary>Columns computed from a value of the row (a skill's normalised name), set again on restore.</summary>
    public List<BackupDerived> Derived { get; } = [];

    /// <summary>Columns the file leaves out because they are secrets; a new random value is made on restore.</summary>
    public List<IProperty> Secrets { get; } = [];

    /// <summary>Concurrency stamps: a new one is made on restore.</summary>
    public List<IProperty> Stamps { get; } = [];

    /// <summary>At most one row per holder (a profile, a personal brand).</summary>
    public bool IsSingle => UniqueKeys.Any(k => k.Count == 0);

    /// <summary>In a plan (the plan itself or anything under it): always restored as new.</summary>
    public bool IsPlanPart => EntityType.ClrType == typeof(Plan) || Parent is { IsPlanPart: true };

    /// <summary>"goals" under "plans" is <c>plans[].goals[]</c>.</summary>
    public string Path => Parent is null ? $"{Name}[]" : $"{Parent.Path}.{Name}[]";

    /// <summary>The item as a person calls it, e.g. "goal" or "self-assessment item".</summary>
    public string Label => BackupContract.Words(EntityType.ClrType.Name);

    public override string ToString() => Path;
}

/// <summary>
/// The backup format, read from the EF model so that every table a person owns is in it without a list kept by hand:
/// the person's own lists at the top, every other table nested under the row its required foreign key points to (the
/// holder's navigation decides when there are two), whole-number keys replaced by ids local to the file, and other
/// foreign keys written as references to those ids. A table added later is in the backup the day it is added; a column
/// the format cannot write (a type it does not know, an id that is not a foreign key) stops the app at the first backup,
/// and the tests, rather than being left out silently. docs/backup-format.md describes the result.
/// </summary>
public sealed class BackupContract
{
    public const string Format = "careerplanner-backup";
    public const int Version = 1;

    /// <summary>Tables a person owns that a backup leaves out, and why (the docs list them).</summary>
    public static readonly IReadOnlyDictionary<Type, string> LeftOut = new Dictionary<Type, string>
    {
        [typeof(IdentityUserClaim<string>)] = "sign-in data of the account itself",
        [typeof(IdentityUserLogin<string>)] = "sign-in data of the account itself",
        [typeof(IdentityUserRole<string>)] = "sign-in data of the account itself",
        [typeof(IdentityUserToken<string>)] = "secrets that protect the account",
        [typeof(UserSession)] = "who is signed in where, which belongs to this server",
        [typeof(CalendarFeed)] = "the calendar link is a secret: make a new one on the Calendar page",
        [typeof(RevokedFeedbackLink)] = "only the fingerprints of old feedback links, of no use elsewhere",
        [typeof(PlanShare)] = "who a plan is shared with are accounts of this server: share the plan again after restoring",
        [typeof(PlanComment)] = "a conversation with a mentor's account on this server (it is in the personal-data download)",
        [typeof(PlanSuggestion)] = "a mentor's suggestions, tied to their account on this server (they are in the personal-data download)",
    };

    /// <summary>Whole-number columns that point at another table's rows without a foreign key (history kept after a delete).</summary>
    private static readonly IReadOnlyDictionary<(Type, string), Type> LooseReferences = new Dictionary<(Type, string), Type>
    {
        [(typeof(GoalChange), nameof(GoalChange.GoalId))] = typeof(Goal),
    };

    /// <summary>Columns computed from another column of the row: left out of the file and computed again on restore.</summary>
    private static readonly IReadOnlyDictionary<(Type, string), (string Source, Func<object?, object?> Compute)> Derived =
        new Dictionary<(Type, string), (string, Func<object?, object?>)>
        {
            [(typeof(Skill), nameof(Skill.NormalizedName))] = (nameof(Skill.Name), name => name is string text ? Skill.Normalize(text) : null),
            [(typeof(SkillCoverage), nameof(SkillCoverage.NormalizedDemandedName))] = (nameof(SkillCoverage.DemandedName), name => name is string text ? Skill.Normalize(text) : null),
        };

    /// <summary>The ranges the forms and the database's check constraints keep (the model at run time does not hold the checks).</summary>
    private static readonly IReadOnlyDictionary<(Type, string), (long, long)> Ranges = new Dictionary<(Type, string), (long, long)>
    {
        [(typeof(Skill), nameof(Skill.Rating))] = (Skill.MinRating, Skill.MaxRating),
        [(typeof(CareerOption), nameof(CareerOption.FitRating))] = (1, 5),
        [(typeof(DemandedSkill), nameof(DemandedSkill.RequiredLevel))] = (Skill.MinRating, Skill.MaxRating),
        [(typeof(FeedbackRating), nameof(FeedbackRating.Rating))] = (1, 5),
        [(typeof(Review), nameof(Review.Satisfaction))] = (1, 10),
        [(typeof(Contact), nameof(Contact.CadenceDays))] = (1, Contact.MaxCadenceDays),
        [(typeof(FeedbackStrength), nameof(FeedbackStrength.SelfRating))] = (Skill.MinRating, Skill.MaxRating),
        [(typeof(InterestTestResult), nameof(InterestTestResult.HandsOn))] = (InterestTest.MinAnswer, InterestTest.MaxAnswer),
        [(typeof(InterestTestResult), nameof(InterestTestResult.Investigative))] = (InterestTest.MinAnswer, InterestTest.MaxAnswer),
        [(typeof(InterestTestResult), nameof(InterestTestResult.Creative))] = (InterestTest.MinAnswer, InterestTest.MaxAnswer),
        [(typeof(InterestTestResult), nameof(InterestTestResult.Helping))] = (InterestTest.MinAnswer, InterestTest.MaxAnswer),
        [(typeof(InterestTestResult), nameof(InterestTestResult.Leading))] = (InterestTest.MinAnswer, InterestTest.MaxAnswer),
        [(typeof(InterestTestResult), nameof(InterestTestResult.Organising))] = (InterestTest.MinAnswer, InterestTest.MaxAnswer),
    };

    private static readonly ConcurrentDictionary<IModel, BackupContract> Built = new();

    private BackupContract(IReadOnlyList<BackupCollection> roots, IReadOnlyList<BackupCollection> inOrder)
    {
        Roots = roots;
        InDependencyOrder = inOrder;
    }

    /// <summary>The person's own lists, in the order the file writes them.</summary>
    public IReadOnlyList<BackupCollection> Roots { get; }

    /// <summary>Every list, each after the lists it holds references to and after its holder: the order of restoring.</summary>
    public IReadOnlyList<BackupCollection> InDependencyOrder { get; }

    public BackupCollection this[Type clrType] => InDependencyOrder.Single(c => c.EntityType.ClrType == clrType);

    public static BackupContract For(IModel model) => Built.GetOrAdd(model, Build);

    private static BackupContract Build(IModel model)
    {
        var user = model.FindEntityType(typeof(AppUser))!;
        var owned = OwnedTables.Of(model);
        var collections = new Dictionary<IEntityType, BackupCollection>();
        BackupCollection Collection(IEntityType type)
        {
            if (collections.TryGetValue(type, out var known))
            {
                return known;
            }
            var container = ContainerOf(type, owned);
            var parent = container.PrincipalEntityType == user ? null : Collection(container.PrincipalEntityType);
            var name = Camel(container.PrincipalToDependent?.Name ?? type.GetTableName()!);
            var collection = new BackupCollection(type, name, container, parent);
            collections[type] = collection;
            parent?.Children.Add(collection);
            Describe(collection);
            return collection;
        }
        foreach (var type in owned.Where(t => t != user && !LeftOut.ContainsKey(t.ClrType)))
        {
            Collection(type);
        }
        foreach (var reference in collections.Values.SelectMany(c => c.References))
        {
            reference.Target = collections.TryGetValue(reference.TargetType, out var target)
                ? target
                : throw new InvalidOperationException($"A backup cannot hold {reference.Name}: {reference.TargetType.ClrType.Name} is not in the backup.");
        }
        var roots = collections.Values.Where(c => c.Parent is null)
            .OrderBy(c => c.EntityType.ClrType == typeof(Plan) ? 1 : 0).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
        foreach (var collection in collections.Values)
        {
            collection.Children.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        }
        return new BackupContract(roots, DependencyOrder(collections.Values));
    }

    private static IForeignKey ContainerOf(IEntityType type, IReadOnlyList<IEntityType> owned)
    {
        var required = type.GetForeignKeys()
            .Where(fk => fk.IsRequired && owned.Contains(fk.PrincipalEntityType) && fk.PrincipalEntityType != type).ToList();
        var navigated = required.Where(fk => fk.PrincipalToDependent is not null).ToList();
        return navigated.Count == 1 ? navigated[0]
            : required.Count == 1 ? required[0]
            : throw new InvalidOperationException($"A backup cannot tell which row holds {type.ClrType.Name}: give one of its holders a navigation to it.");
    }

    private static void Describe(BackupCollection collection)
    {
        var type = collection.EntityType;
        var clr = type.ClrType;
        var key = type.FindPrimaryKey()!.Properties;
        if (key is [{ } single] && single.ClrType == typeof(int) && !single.IsForeignKey())
        {
            collection.Key = single;
        }
        foreach (var fk in type.GetForeignKeys().Where(fk => fk != collection.Container))
        {
            var property = fk.Properties.Single();
            collection.References.Add(new BackupReference(Camel(property.Name), property, fk.PrincipalEntityType, fk.IsRequired));
        }
        foreach (var property in type.GetProperties())
        {
            if (property == collection.Key || property.IsForeignKey() || Derived.ContainsKey((clr, property.Name)))
            {
                continue;
            }
            if (property.IsConcurrencyToken)
            {
                collection.Stamps.Add(property);
                continue;
            }
            if (property.Name.EndsWith("Hash", StringComparison.Ordinal))
            {
                collection.Secrets.Add(property);
                continue;
            }
            if (LooseReferences.TryGetValue((clr, property.Name), out var target))
            {
                collection.References.Add(new BackupReference(Camel(property.Name), property, type.Model.FindEntityType(target)!, Required: false));
                continue;
            }
            var valueType = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
            if (property.IsPrimaryKey() || (valueType == typeof(int) && property.Name.EndsWith("Id", StringComparison.Ordinal)))
            {
                throw new InvalidOperationException($"A backup cannot write {clr.Name}.{property.Name}: an id that is not a foreign key would carry a database id into the file; make it a foreign key or a loose reference.");
            }
            var kind = valueType switch
            {
                _ when valueType == typeof(string) => BackupValueKind.Text,
                _ when valueType == typeof(int) || valueType == typeof(long) => BackupValueKind.Integer,
                _ when valueType == typeof(double) || valueType == typeof(decimal) => BackupValueKind.Number,
                _ when valueType == typeof(bool) => BackupValueKind.Boolean,
                _ when valueType == typeof(DateOnly) => BackupValueKind.Date,
                _ when valueType == typeof(DateTime) => BackupValueKind.Timestamp,
                _ when valueType.IsEnum => BackupValueKind.Choice,
                _ => throw new InvalidOperationException($"A backup cannot write {clr.Name}.{property.Name} of type {valueType.Name}: teach BackupContract that type."),
            };
            (long, long)? range = Ranges.TryGetValue((clr, property.Name), out var formRange) ? formRange : null;
            collection.Fields.Add(new BackupField(
                Camel(property.Name), property, kind, !property.IsNullable, property.GetMaxLength(), range,
                valueType.IsEnum ? Enum.GetNames(valueType) : [], property.Name.EndsWith("Url", StringComparison.Ordinal)));
        }
        foreach (var property in type.GetProperties())
        {
            if (Derived.TryGetValue((clr, property.Name), out var derived))
            {
                collection.Derived.Add(new BackupDerived(property, collection.Fields.Single(f => f.Property.Name == derived.Source), derived.Compute));
            }
        }
        BackupKeyPart? Part(IProperty property)
        {
            var field = collection.Fields.FindIndex(f => f.Property == property);
            var reference = collection.References.FindIndex(r => r.Property == property);
            var derivedFrom = collection.Derived.FirstOrDefault(d => d.Property == property);
            return field >= 0 ? new BackupKeyPart(field, null, null)
                : reference >= 0 ? new BackupKeyPart(null, reference, null)
                : derivedFrom is not null ? new BackupKeyPart(collection.Fields.IndexOf(derivedFrom.Source), null, derivedFrom.Compute)
                : null;
        }
        foreach (var index in type.GetIndexes().Where(i => i.IsUnique && i.GetFilter() is null))
        {
            var parts = index.Properties.Where(p => !collection.Container.Properties.Contains(p)).Select(Part).ToList();
            if (parts.All(p => p is not null))
            {
                collection.UniqueKeys.Add(parts!);
            }
        }
    }

    private static List<BackupCollection> DependencyOrder(IEnumerable<BackupCollection> all) =>
        Data.DependencyOrder.Of(all.OrderBy(c => c.Path, StringComparer.Ordinal),
            c => (c.Parent is null ? [] : new[] { c.Parent }).Concat(c.References.Select(r => r.Target)));

    public static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary>"SelfAssessmentItem" as "self-assessment item"; "OneOnOne" as "1:1"; "UserProfile" as "profile".</summary>
    public static string Words(string typeName) => typeName switch
    {
        "OneOnOne" => "1:1",
        "SelfAssessmentItem" => "self-assessment item",
        "UserProfile" => "profile",
        _ => Regex.Replace(typeName, "(?<=[a-z])(?=[A-Z])", " ").ToLowerInvariant(),
    };
}
