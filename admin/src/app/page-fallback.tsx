import { Flex, Spin } from 'antd';

export function PageFallback() {
  return (
    <Flex justify="center" align="center" style={{ padding: 64, minHeight: 240 }}>
      <Spin />
    </Flex>
  );
}
