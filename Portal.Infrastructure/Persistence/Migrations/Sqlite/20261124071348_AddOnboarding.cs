using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddOnboarding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PartnerProfiles",
                columns: table => new
                {
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApiVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Apis = table.Column<string>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    PlatformName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AccountOwnerUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    TechnicalLeadName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TechnicalLeadEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Industry = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerProfiles", x => x.PartnerId);
                    table.ForeignKey(
                        name: "FK_PartnerProfiles_PartnerOrganisations_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "PartnerOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StageTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StageTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OnboardingProjects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TemplateId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    LastEventSequence = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnboardingProjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnboardingProjects_PartnerOrganisations_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "PartnerOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OnboardingProjects_StageTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "StageTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "StageTemplateItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    EnglishName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ChineseName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Side = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    DefaultDurationDays = table.Column<int>(type: "INTEGER", nullable: false),
                    IsGoLive = table.Column<bool>(type: "INTEGER", nullable: false),
                    TemplateId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StageTemplateItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StageTemplateItems_StageTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "StageTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OnboardingStageEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    FromStatus = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    ToStatus = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnboardingStageEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnboardingStageEvents_OnboardingProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "OnboardingProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OnboardingStages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    EnglishName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ChineseName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Side = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    IsGoLive = table.Column<bool>(type: "INTEGER", nullable: false),
                    OwnerUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    PlannedStart = table.Column<long>(type: "INTEGER", nullable: false),
                    PlannedEnd = table.Column<long>(type: "INTEGER", nullable: false),
                    ActualStart = table.Column<long>(type: "INTEGER", nullable: true),
                    ActualEnd = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    StatusChangedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    BlockedReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SkipReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnboardingStages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnboardingStages_OnboardingProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "OnboardingProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PostLaunchDefects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Severity = table.Column<string>(type: "TEXT", unicode: false, maxLength: 4, nullable: false),
                    FoundAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    StageId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ApiName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DocPath = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostLaunchDefects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PostLaunchDefects_OnboardingProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "OnboardingProjects",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_PostLaunchDefects_PartnerOrganisations_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "PartnerOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StageTemplateChecklistItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DocPath = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    TemplateItemId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StageTemplateChecklistItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StageTemplateChecklistItems_StageTemplateItems_TemplateItemId",
                        column: x => x.TemplateItemId,
                        principalTable: "StageTemplateItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OnboardingChecklistItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DocPath = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    IsDone = table.Column<bool>(type: "INTEGER", nullable: false),
                    DoneBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    DoneAt = table.Column<long>(type: "INTEGER", nullable: true),
                    StageId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnboardingChecklistItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnboardingChecklistItems_OnboardingStages_StageId",
                        column: x => x.StageId,
                        principalTable: "OnboardingStages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingChecklistItems_StageId_Position",
                table: "OnboardingChecklistItems",
                columns: new[] { "StageId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingProjects_PartnerId",
                table: "OnboardingProjects",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingProjects_TemplateId",
                table: "OnboardingProjects",
                column: "TemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingStageEvents_ProjectId_Sequence",
                table: "OnboardingStageEvents",
                columns: new[] { "ProjectId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingStageEvents_StageId",
                table: "OnboardingStageEvents",
                column: "StageId");

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingStages_OwnerUserId",
                table: "OnboardingStages",
                column: "OwnerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingStages_ProjectId_Position",
                table: "OnboardingStages",
                columns: new[] { "ProjectId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingStages_Status_PlannedEnd",
                table: "OnboardingStages",
                columns: new[] { "Status", "PlannedEnd" });

            migrationBuilder.CreateIndex(
                name: "IX_PostLaunchDefects_PartnerId_FoundAt",
                table: "PostLaunchDefects",
                columns: new[] { "PartnerId", "FoundAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PostLaunchDefects_ProjectId",
                table: "PostLaunchDefects",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_PostLaunchDefects_StageId",
                table: "PostLaunchDefects",
                column: "StageId");

            migrationBuilder.CreateIndex(
                name: "IX_StageTemplateChecklistItems_TemplateItemId_Position",
                table: "StageTemplateChecklistItems",
                columns: new[] { "TemplateItemId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_StageTemplateItems_TemplateId_Position",
                table: "StageTemplateItems",
                columns: new[] { "TemplateId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_StageTemplates_Name",
                table: "StageTemplates",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OnboardingChecklistItems");

            migrationBuilder.DropTable(
                name: "OnboardingStageEvents");

            migrationBuilder.DropTable(
                name: "PartnerProfiles");

            migrationBuilder.DropTable(
                name: "PostLaunchDefects");

            migrationBuilder.DropTable(
                name: "StageTemplateChecklistItems");

            migrationBuilder.DropTable(
                name: "OnboardingStages");

            migrationBuilder.DropTable(
                name: "StageTemplateItems");

            migrationBuilder.DropTable(
                name: "OnboardingProjects");

            migrationBuilder.DropTable(
                name: "StageTemplates");
        }
    }
}
