// persons(filter:) and referrals(filter:) start from an index for each filter a front end uses alone: AUM range, risk
// profile and last contact (status, tier and name are in 0002-lookup-indexes).
CREATE INDEX person_aum IF NOT EXISTS FOR (n:Person) ON (n.aumCents);
CREATE INDEX person_risk_profile IF NOT EXISTS FOR (n:Person) ON (n.riskProfile);
CREATE INDEX person_last_contact IF NOT EXISTS FOR (n:Person) ON (n.lastContactAt);
// referrals(filter:) by channel (created-at ranges use referral_created_at from 0002).
CREATE INDEX referral_channel IF NOT EXISTS FOR (n:Referral) ON (n.channel);
