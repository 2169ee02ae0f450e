"""Which AWS APIs the platform's in-VPC callers use, as VPC endpoint service names: what a private-only VPC needs.

Pods with their own role are read from their IAM policies (an action's service prefix -> its endpoint,
`ENDPOINT_OF_IAM_PREFIX`); callers that run on AWS-managed policies are listed in `MANAGED_CALLERS` with
their source. `tests/stacks/test_private_environment.py` derives the set from the synthesized templates and
checks the private-only network has an endpoint for each.
"""

from __future__ import annotations

# IAM service prefix -> VPC endpoint service name (com.amazonaws.<region>.<name>); s3 and dynamodb are gateways.
ENDPOINT_OF_IAM_PREFIX: dict[str, str] = {
    "acm": "acm", "autoscaling": "autoscaling", "cloudwatch": "monitoring", "dynamodb": "dynamodb", "ec2": "ec2",
    "ecr": "ecr.api", "eks": "eks", "eks-auth": "eks-auth", "elasticloadbalancing": "elasticloadbalancing",
    "fsx": "fsx", "kms": "kms", "lambda": "lambda", "logs": "logs", "s3": "s3", "secretsmanager": "secretsmanager",
    "ssm": "ssm", "sts": "sts",
}

# IAM prefixes in pod policies that need no regional endpoint, and why.
NO_ENDPOINT: dict[str, str] = {
    "iam": "the load balancer controller calls iam:CreateServiceLinkedRole only when the ELB service-linked role "
           "does not exist yet; IAM is a global API without an interface endpoint: create the role once beforehand "
           "(aws iam create-service-linked-role --aws-service-name elasticloadbalancing.amazonaws.com)",
    "wafv2": "WAF is attached to Application Load Balancers only; the platform's gateway is a Network Load Balancer",
    "shield": "Shield Advanced protection is read for Application Load Balancers only; the gateway is an NLB",
    "waf-regional": "WAF Classic is attached to Application Load Balancers only; the platform's gateway is a Network Load Balancer",
    "cognito-idp": "the load balancer controller reads Cognito user pool clients only for an ALB listener's authenticate-cognito "
                   "action; the gateway is an NLB and authentication runs in oauth2-proxy",
    "route53": "Route 53 is a global API with no VPC endpoint: a private-only environment deploys no ExternalDNS "
               "(config rule) and its gateway alias record is created by hand (README, Corporate network and DNS)",
}

# Callers that hold AWS-managed or CDK-generated permissions -> endpoint services they call.
MANAGED_CALLERS: dict[str, tuple[str, ...]] = {
    # kubelet/containerd image pulls (ECR API + registry, layers from S3), nodeadm and the VPC CNI's EC2 calls,
    # node credentials: https://docs.aws.amazon.com/eks/latest/userguide/private-clusters.html
    # kube2iam runs with the node's credentials: STS AssumeRole for pods, EC2 DescribeRegions (k8s_charts/kube2iam.py).
    "nodes": ("ecr.api", "ecr.dkr", "s3", "ec2", "eks", "sts"),
    # Session Manager on the nodes: https://docs.aws.amazon.com/systems-manager/latest/userguide/setup-create-vpc.html
    "ssm-agent": ("ssm", "ssmmessages", "ec2messages", "kms"),
    # Pod Identity agent exchanges tokens with EKS Auth: https://docs.aws.amazon.com/eks/latest/userguide/pod-id-how-it-works.html
    "eks-pod-identity-agent": ("eks-auth",),
    # aws_eks_v2's kubectl provider in the private subnets: EKS DescribeCluster for its kubeconfig, STS for the
    # role, and the provider framework's Lambda invoke of the handler.
    "kubectl-provider": ("eks", "sts", "lambda"),
    # EKS add-ons that run with the node's or their own Pod Identity role (roles listed in WorkloadIdentity).
    "vpc-cni": ("ec2",),
    "kube-proxy": (),
    "coredns": (),
    "aws-ebs-csi-driver": ("ec2", "kms"),
    "aws-fsx-csi-driver": ("fsx",),
    # Add-ons other parts of the platform may install; listed so the private-only check covers them.
    # CloudWatch agent and Fluent Bit: https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/install-CloudWatch-Observability-EKS-addon.html
    "amazon-cloudwatch-observability": ("logs", "monitoring", "ec2", "sts"),
    "metrics-server": (),  # reads the kubelets only
}
