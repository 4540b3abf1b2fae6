using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPlanner.Web.Data.Configurations;

public sealed class SelfAssessmentItemConfiguration : IEntityTypeConfiguration<SelfAssessmentItem>
{
    public void Configure(EntityTypeBuilder<SelfAssessmentItem> item)
    {
        item.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
        item.Property(i => i.Text).HasMaxLength(SelfAssessmentItem.TextMaxLength).IsRequired();
        item.Property(i => i.Note).HasMaxLength(SelfAssessmentItem.NoteMaxLength);
        item.Property(i => i.Version).IsConcurrencyToken();
        item.HasOne<AppUser>().WithMany().HasForeignKey(i => i.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        item.HasIndex(i => new { i.UserId, i.Kind, i.Position });
    }
}

public sealed class SkillConfiguration : IEntityTypeConfiguration<Skill>
{
    public void Configure(EntityTypeBuilder<Skill> skill)
    {
        skill.Property(s => s.Name).HasMaxLength(Skill.NameMaxLength).IsRequired();
        skill.Property(s => s.NormalizedName).HasMaxLength(Skill.NameMaxLength).IsRequired();
        skill.Property(s => s.Category).HasConversion<string>().HasMaxLength(20);
        skill.Property(s => s.Evidence).HasMaxLength(Skill.EvidenceMaxLength);
        skill.Property(s => s.Version).IsConcurrencyToken();
        skill.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        skill.HasIndex(s => new { s.UserId, s.NormalizedName }).IsUnique();
        skill.ToTable(t => t.HasCheckConstraint("CK_Skills_Rating", $"Rating IS NULL OR Rating BETWEEN {Skill.MinRating} AND {Skill.MaxRating}"));
    }
}

public sealed class ReflectionConfiguration : IEntityTypeConfiguration<Reflection>
{
    public void Configure(EntityTypeBuilder<Reflection> reflection)
    {
        reflection.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        reflection.Property(r => r.Text).HasMaxLength(Reflection.TextMaxLength);
        reflection.Property(r => r.Version).IsConcurrencyToken();
        reflection.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        reflection.HasIndex(r => new { r.UserId, r.Kind }).IsUnique();
    }
}
