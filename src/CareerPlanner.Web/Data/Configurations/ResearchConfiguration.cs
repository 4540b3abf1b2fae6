using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPlanner.Web.Data.Configurations;

public sealed class CareerOptionConfiguration : IEntityTypeConfiguration<CareerOption>
{
    public void Configure(EntityTypeBuilder<CareerOption> option)
    {
        option.Property(o => o.Title).HasMaxLength(CareerOption.TitleMaxLength).IsRequired();
        option.Property(o => o.OccupationCode).HasMaxLength(Occupation.CodeMaxLength);
        option.Property(o => o.WhyItFits).HasMaxLength(CareerOption.TextMaxLength);
        option.Property(o => o.Pros).HasMaxLength(CareerOption.TextMaxLength);
        option.Property(o => o.Cons).HasMaxLength(CareerOption.TextMaxLength);
        option.Property(o => o.RejectionReason).HasMaxLength(CareerOption.ReasonMaxLength);
        option.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        option.Property(o => o.Version).IsConcurrencyToken();
        option.HasOne<Plan>().WithMany().HasForeignKey(o => o.PlanId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        option.HasMany(o => o.Fits).WithOne().HasForeignKey(f => f.CareerOptionId).OnDelete(DeleteBehavior.Cascade);
        option.HasIndex(o => new { o.PlanId, o.Status });
        option.ToTable(t => t.HasCheckConstraint("CK_CareerOptions_FitRating", "FitRating BETWEEN 1 AND 5"));
    }
}

public sealed class CareerOptionFitConfiguration : IEntityTypeConfiguration<CareerOptionFit>
{
    public void Configure(EntityTypeBuilder<CareerOptionFit> fit)
    {
        fit.HasKey(f => new { f.CareerOptionId, f.SelfAssessmentItemId });
        fit.HasOne<SelfAssessmentItem>().WithMany().HasForeignKey(f => f.SelfAssessmentItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class DemandedSkillConfiguration : IEntityTypeConfiguration<DemandedSkill>
{
    public void Configure(EntityTypeBuilder<DemandedSkill> skill)
    {
        skill.Property(s => s.Name).HasMaxLength(Skill.NameMaxLength).IsRequired();
        skill.Property(s => s.SourceUrl).HasMaxLength(DemandedSkill.SourceMaxLength);
        skill.Property(s => s.Version).IsConcurrencyToken();
        skill.HasOne<CareerOption>().WithMany().HasForeignKey(s => s.CareerOptionId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        skill.ToTable(t => t.HasCheckConstraint("CK_DemandedSkills_RequiredLevel", "RequiredLevel BETWEEN 1 AND 5"));
    }
}

public sealed class ExplorationActivityConfiguration : IEntityTypeConfiguration<ExplorationActivity>
{
    public void Configure(EntityTypeBuilder<ExplorationActivity> activity)
    {
        activity.Property(a => a.Kind).HasConversion<string>().HasMaxLength(30);
        activity.Property(a => a.Contact).HasMaxLength(ExplorationActivity.ContactMaxLength);
        activity.Property(a => a.Learned).HasMaxLength(ExplorationActivity.LearnedMaxLength);
        activity.Property(a => a.FollowUp).HasMaxLength(ExplorationActivity.FollowUpMaxLength);
        activity.Property(a => a.Version).IsConcurrencyToken();
        activity.HasOne<Plan>().WithMany().HasForeignKey(a => a.PlanId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        // Deleting an option keeps what was learned; the activity just loses its link.
        activity.HasOne<CareerOption>().WithMany().HasForeignKey(a => a.CareerOptionId).IsRequired(false).OnDelete(DeleteBehavior.SetNull);
        activity.HasIndex(a => new { a.PlanId, a.Date });
    }
}

public sealed class ResearchNoteConfiguration : IEntityTypeConfiguration<ResearchNote>
{
    public void Configure(EntityTypeBuilder<ResearchNote> note)
    {
        note.Property(n => n.Text).HasMaxLength(ResearchNote.TextMaxLength).IsRequired();
        note.Property(n => n.SourceUrl).HasMaxLength(ResearchNote.SourceMaxLength);
        note.HasOne<Plan>().WithMany().HasForeignKey(n => n.PlanId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        note.HasOne<CareerOption>().WithMany().HasForeignKey(n => n.CareerOptionId).IsRequired(false).OnDelete(DeleteBehavior.SetNull);
        note.HasIndex(n => new { n.PlanId, n.CreatedAtUtc });
        note.Property(n => n.Version).IsConcurrencyToken();
    }
}
